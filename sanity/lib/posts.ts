import 'server-only'
import {sanityFetch} from './live'
import {postCardModel, postModel, type Post, type PostCard} from './models'
import {parseList, parseOne} from './parse'
import {latestPostsQuery, postBySlugQuery, postSlugsQuery} from './queries'
import {tags} from './tags'

// Each function is a cache entry: prerendered at build, kept until the revalidate webhook
// expires one of its tags.

export async function getLatestPosts(limit: number): Promise<PostCard[]> {
  'use cache'
  const {data} = await sanityFetch({query: latestPostsQuery, params: {limit}, tags: [tags.postList]})
  return parseList(postCardModel, data, 'post')
}

export async function getPost(slug: string): Promise<Post | null> {
  'use cache'
  const {data} = await sanityFetch({
    query: postBySlugQuery,
    params: {slug},
    tags: [tags.post(slug), tags.allPosts],
  })
  return parseOne(postModel, data, 'post')
}

/** Slugs to prerender at build; any other published slug renders on its first request. */
export async function getPostSlugsToPrerender(limit = 200): Promise<string[]> {
  'use cache'
  const {data} = await sanityFetch({query: postSlugsQuery, params: {limit}, tags: [tags.postList]})
  return Array.isArray(data) ? data.filter((slug): slug is string => typeof slug === 'string') : []
}
