import 'server-only'
import {pageRange} from '../../lib/pagination.ts'
import {snippetAround, type SearchInput} from '../../lib/search.ts'
import type {PostCard} from './models.ts'
import {
  feedPostsModel,
  feedPostsQuery,
  latestPostsQuery,
  postBySlugQuery,
  postCardsModel,
  postModel,
  postSlugsModel,
  postSlugsQuery,
  postsPageModel,
  postsPageQuery,
  relatedPostsQuery,
  searchPostsQuery,
  searchResultsModel,
  type FeedPost,
  type Post,
  type PostsPage,
} from './posts.queries.ts'
import {read} from './read.ts'
import {tags} from './tags.ts'

// Each function is a cache entry: prerendered at build, kept until the revalidate webhook
// expires one of its tags, or until a scheduled post goes live (go-live.ts).

export async function getLatestPosts(limit: number): Promise<PostCard[]> {
  'use cache'
  const posts = await read({
    query: latestPostsQuery,
    params: {limit},
    tags: [tags.postList],
    onSchedule: true,
    model: postCardsModel,
    what: 'latest posts',
  })
  return posts ?? []
}

export async function getPostsPage(page: number): Promise<PostsPage> {
  'use cache'
  const result = await read({
    query: postsPageQuery,
    params: pageRange(page),
    tags: [tags.postList],
    onSchedule: true,
    model: postsPageModel,
    what: 'posts page',
  })
  return result ?? {posts: [], total: 0}
}

export async function getPost(slug: string): Promise<Post | null> {
  'use cache'
  return read({
    query: postBySlugQuery,
    params: {slug},
    tags: [tags.post(slug), tags.allPosts],
    onSchedule: true,
    model: postModel,
    what: 'post',
  })
}

export async function getRelatedPosts(post: Pick<Post, '_id' | 'categoryIds'>): Promise<PostCard[]> {
  'use cache'
  const posts = await read({
    query: relatedPostsQuery,
    params: {id: post._id, categoryIds: post.categoryIds ?? []},
    tags: [tags.postList],
    onSchedule: true,
    model: postCardsModel,
    what: 'related posts',
  })
  return posts ?? []
}

/** Slugs to prerender at build; any other published slug renders on its first request. */
export async function getPostSlugsToPrerender(limit = 200): Promise<string[]> {
  'use cache'
  const slugs = await read({
    query: postSlugsQuery,
    params: {limit},
    tags: [tags.postList],
    onSchedule: true,
    publishedOnly: true,
    model: postSlugsModel,
    what: 'post slugs',
  })
  return slugs ?? []
}

/** A search result: the post's card and the window of its text around the first match. */
export type SearchHit = PostCard & {snippet: string | null}
type ParsedSearch = Pick<Extract<SearchInput, {kind: 'ok'}>, 'terms' | 'words'>

export async function searchPosts({terms, words}: ParsedSearch, limit = 20): Promise<SearchHit[]> {
  'use cache'
  const results = await read({
    query: searchPostsQuery,
    params: {terms, limit},
    tags: [tags.postList],
    onSchedule: true,
    model: searchResultsModel,
    what: 'search results',
  })
  // Only the snippet leaves the cache entry, not each result's whole text: every render of a
  // search decodes its entry, and twenty articles' bodies were about a third of that render's cost.
  return (results ?? []).map(({bodyText, ...card}) => ({
    ...card,
    snippet: bodyText ? snippetAround(bodyText, words) : null,
  }))
}

export async function getFeedPosts(limit = 20): Promise<FeedPost[]> {
  'use cache'
  const posts = await read({
    query: feedPostsQuery,
    params: {limit},
    tags: [tags.postList],
    onSchedule: true,
    publishedOnly: true,
    model: feedPostsModel,
    what: 'feed posts',
  })
  return posts ?? []
}
