import 'server-only'
import {pageRange} from '../../lib/pagination.ts'
import {fetchForRequest, fetchPublished} from './live.ts'
import {
  feedPostModel,
  postCardModel,
  postModel,
  searchResultModel,
  type FeedPost,
  type Post,
  type PostCard,
  type SearchResult,
} from './models.ts'
import {countOf, parseList, parseOne, partOf} from './parse.ts'
import {
  feedPostsQuery,
  latestPostsQuery,
  postBySlugQuery,
  postSlugsQuery,
  postsPageQuery,
  relatedPostsQuery,
  searchPostsQuery,
} from './queries.ts'
import {tags} from './tags.ts'

// Each function is a cache entry: prerendered at build, kept until the revalidate webhook
// expires one of its tags, or until a scheduled post goes live (go-live.ts).

export async function getLatestPosts(limit: number): Promise<PostCard[]> {
  'use cache'
  const {data} = await fetchForRequest({query: latestPostsQuery, params: {limit}, tags: [tags.postList, tags.goLive]})
  return parseList(postCardModel, data, 'post')
}

export type PostsPage = {posts: PostCard[]; total: number}

export async function getPostsPage(page: number): Promise<PostsPage> {
  'use cache'
  const {data} = await fetchForRequest({
    query: postsPageQuery,
    params: pageRange(page),
    tags: [tags.postList, tags.goLive],
  })
  return {posts: parseList(postCardModel, partOf(data, 'posts'), 'post'), total: countOf(data, 'total')}
}

export async function getPost(slug: string): Promise<Post | null> {
  'use cache'
  const {data} = await fetchForRequest({
    query: postBySlugQuery,
    params: {slug},
    tags: [tags.post(slug), tags.allPosts, tags.goLive],
  })
  return parseOne(postModel, data, 'post')
}

export async function getRelatedPosts(post: Pick<Post, '_id' | 'categoryIds'>): Promise<PostCard[]> {
  'use cache'
  const {data} = await fetchForRequest({
    query: relatedPostsQuery,
    params: {id: post._id, categoryIds: post.categoryIds ?? []},
    tags: [tags.postList, tags.goLive],
  })
  return parseList(postCardModel, data, 'post')
}

/** Slugs to prerender at build; any other published slug renders on its first request. */
export async function getPostSlugsToPrerender(limit = 200): Promise<string[]> {
  'use cache'
  const {data} = await fetchPublished({query: postSlugsQuery, params: {limit}, tags: [tags.postList, tags.goLive]})
  return Array.isArray(data) ? data.filter((slug): slug is string => typeof slug === 'string') : []
}

export async function searchPosts(terms: string[], limit = 20): Promise<SearchResult[]> {
  'use cache'
  const {data} = await fetchForRequest({
    query: searchPostsQuery,
    params: {terms, limit},
    tags: [tags.postList, tags.goLive],
  })
  return parseList(searchResultModel, data, 'post')
}

export async function getFeedPosts(limit = 20): Promise<FeedPost[]> {
  'use cache'
  const {data} = await fetchPublished({query: feedPostsQuery, params: {limit}, tags: [tags.postList, tags.goLive]})
  return parseList(feedPostModel, data, 'post')
}
