import 'server-only'
import {z} from 'zod'
import {fetchBeforeRender} from './client'
import {listSizesQuery} from './queries'

// proxy.ts runs before rendering, outside Next's cache, so it cannot use the cached gateway
// functions. It keeps the lists' sizes in memory and asks again when its copy is older than the
// caller allows (see proxy.ts), serving the copy it has meanwhile.
export const LIST_SIZES_TTL_MS = 10_000

const sizesModel = z.object({
  posts: z.number().int().nonnegative(),
  categories: z.array(z.object({slug: z.string(), posts: z.number().int().nonnegative()})),
})

export type ListSizes = {posts: number; categories: Map<string, number>}

let lastGood: {at: number; value: ListSizes} | null = null
let lastAttemptAt = Number.NEGATIVE_INFINITY
let inFlight: Promise<ListSizes | null> | null = null

function refresh(now: number): Promise<ListSizes | null> {
  if (inFlight) return inFlight
  lastAttemptAt = now
  inFlight = fetchBeforeRender<unknown>(listSizesQuery)
    .then((raw) => {
      const parsed = sizesModel.parse(raw)
      const value = {posts: parsed.posts, categories: new Map(parsed.categories.map((c) => [c.slug, c.posts]))}
      lastGood = {at: now, value}
      return value
    })
    .catch((error: unknown) => {
      console.error(`[content] list sizes unavailable: ${(error as Error).message}`)
      return null
    })
    .finally(() => {
      inFlight = null
    })
  return inFlight
}

/**
 * The number of visible posts, overall and per category; null when the Content Lake has never
 * answered. A copy older than `maxAgeMs` is refreshed in the background while callers keep the
 * older one, so a slow or absent Content Lake never holds a visitor up. Only a caller that must
 * not act on an old copy (`fresh`) waits, for the request's short deadline at most. After a
 * failed attempt, the next waits out `maxAgeMs`.
 */
export function getListSizes(maxAgeMs = LIST_SIZES_TTL_MS, now = Date.now(), {fresh = false} = {}): Promise<ListSizes | null> {
  if (lastGood && now - lastGood.at < maxAgeMs) return Promise.resolve(lastGood.value)
  const retryAllowed = inFlight !== null || now - lastAttemptAt >= maxAgeMs
  const pending = retryAllowed ? refresh(now) : null
  if (!fresh && lastGood) return Promise.resolve(lastGood.value)
  return pending ?? Promise.resolve(lastGood?.value ?? null)
}
