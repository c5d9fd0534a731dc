import 'server-only'
import {z} from 'zod'
import {fetchBeforeRender} from './client'
import {listSizesQuery} from './queries'

// proxy.ts runs before rendering, outside Next's cache, so it cannot use the cached gateway
// functions. It keeps the lists' sizes in memory and asks again when its copy is older than the
// caller allows (see proxy.ts). A failure is remembered too, so a Content Lake that is down
// slows at most one request in each such interval.
export const LIST_SIZES_TTL_MS = 10_000

const sizesModel = z.object({
  posts: z.number().int().nonnegative(),
  categories: z.array(z.object({slug: z.string(), posts: z.number().int().nonnegative()})),
})

export type ListSizes = {posts: number; categories: Map<string, number>}

let memo: {at: number; value: Promise<ListSizes | null>} | null = null

/** The number of visible posts, overall and per category; null when the Content Lake is unreachable. */
export function getListSizes(maxAgeMs = LIST_SIZES_TTL_MS, now = Date.now()): Promise<ListSizes | null> {
  if (memo && now - memo.at < maxAgeMs) return memo.value
  const value = fetchBeforeRender<unknown>(listSizesQuery)
    .then((raw) => {
      const parsed = sizesModel.parse(raw)
      return {posts: parsed.posts, categories: new Map(parsed.categories.map((c) => [c.slug, c.posts]))}
    })
    .catch((error: unknown) => {
      console.error(`[content] list sizes unavailable: ${(error as Error).message}`)
      return null
    })
  memo = {at: now, value}
  return value
}
