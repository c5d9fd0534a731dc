import 'server-only'
import {fetchBeforeRender} from './client'
import {livePostSlugQuery} from './queries'

// proxy.ts answers the previous site's article URLs (/{slug}/) with a real 308 before any page
// renders; a page can only redirect by streaming, which would commit a 200 first. It asks the
// Content Lake whether a slug belongs to a live post and remembers each answer briefly.
const TTL_MS = 10_000
const MAX_REMEMBERED = 1_000
const remembered = new Map<string, {at: number; live: Promise<boolean | null>}>()

/** Whether `slug` is a live post's slug; null when the Content Lake cannot be asked. */
export function isLivePostSlug(slug: string, now = Date.now()): Promise<boolean | null> {
  const known = remembered.get(slug)
  if (known && now - known.at < TTL_MS) return known.live
  const live = fetchBeforeRender<boolean>(livePostSlugQuery, {slug})
    .then((answer) => answer === true)
    .catch((error: unknown) => {
      console.error(`[content] slug lookup unavailable: ${(error as Error).message}`)
      return null
    })
  remembered.delete(slug)
  remembered.set(slug, {at: now, live})
  if (remembered.size > MAX_REMEMBERED) remembered.delete(remembered.keys().next().value as string)
  return live
}
