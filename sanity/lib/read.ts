import 'server-only'
import type {QueryParams} from 'next-sanity'
import type {z} from 'zod'
import {fetchForRequest, fetchPublished} from './live.ts'
import {parseOne} from './parse.ts'
import {tags as cacheTags} from './tags.ts'

type Read<M extends z.ZodType> = {
  query: string
  params?: QueryParams
  tags: string[]
  /** The read model the result crosses before any component sees it. */
  model: M
  /** What the result is, for the log when it does not fit ("post", "category page"). */
  what: string
  /** It shows what changes on a date (lists posts, groups, closures), so a go-live must expire it (tags.goLive). */
  onSchedule?: boolean
  /** Published content whatever the request (feed, sitemap, slugs to prerender), never drafts. */
  publishedOnly?: boolean
}

/**
 * The one way the site reads content: fetch (as this request may see it, or published only),
 * bound to the next go-live when it shows what changes on a date, then parsed with its model. Callers are
 * `'use cache'` functions, one per page need, in the module of their kind of content.
 */
export async function read<M extends z.ZodType>(request: Read<M>): Promise<z.output<M> | null> {
  const {query, params, model, what, onSchedule = false, publishedOnly = false} = request
  const tags = onSchedule ? [...request.tags, cacheTags.goLive] : request.tags
  const {data} = await (publishedOnly ? fetchPublished : fetchForRequest)({query, params, tags})
  return parseOne(model, data, what)
}
