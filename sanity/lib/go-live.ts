import 'server-only'
import {encodeSignatureHeader, SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import {visibleThrough} from '../../lib/scheduling.ts'
import {serverEnv} from '../../lib/server-env.ts'

// How a scheduled post goes live with no webhook, cron or rebuild, and without any page leaving
// the prerendered path.
//
// Why not cache lives: ending each cached entry's life at the next `publishedAt` does make the
// first request after it render fresh, but Cache Components treats an entry whose life is under
// five minutes (MIN_PRERENDERABLE_EXPIRE in Next 16.4) as too short for the static shell. Every
// page regenerated in the last five minutes before a go-live became a per-request render
// (`x-nextjs-postponed`, `private, no-store`), and stayed one after the go-live and across
// restarts. So cache lives stay long, and the post tags are expired at the moment instead:
// proxy.ts knows the next go-live from its site index and, on the first request at or after it,
// calls /api/go-live before passing the request on. The page cache handler
// (lib/cache/page-cache-handler.ts) turns the stale pages into blocking renders, so that very
// request gets the page with the post.

// Go-lives up to this time are dealt with. Pages were prerendered from the build on, so a post
// that went live since the build needs its go-live too (SITE_BUILT_AT is set by next.config.ts).
let handledThrough = Number(process.env.SITE_BUILT_AT) || 0
let inFlight: Promise<boolean> | null = null
let lastFailureAt = Number.NEGATIVE_INFINITY
const RETRY_AFTER_MS = 1_000
const TIMEOUT_MS = 5_000

export const goLiveHandledThrough = () => handledThrough

/** The go-live route of this very server (proxy.ts and the route run in the same `next start`). */
function goLiveUrl(): string {
  return `http://127.0.0.1:${process.env.PORT ?? '3000'}/api/go-live`
}

async function expirePostTags(now: number): Promise<boolean> {
  const body = JSON.stringify({through: new Date(visibleThrough(now)).toISOString()})
  try {
    const response = await fetch(goLiveUrl(), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), serverEnv.revalidateSecret),
      },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    if (!response.ok) throw new Error(`HTTP ${response.status}: ${await response.text()}`)
    handledThrough = Math.max(handledThrough, visibleThrough(now))
    return true
  } catch (error) {
    lastFailureAt = Date.now()
    console.error(`[content] go-live could not expire the post tags: ${(error as Error).message}`)
    return false
  }
}

/**
 * Expires the post tags once for a go-live that is due; concurrent callers share one call.
 * False when it could not be done (the request then goes on with what is cached, and a later
 * request tries again).
 */
export function passGoLive(now = Date.now()): Promise<boolean> {
  if (inFlight) return inFlight
  if (now - lastFailureAt < RETRY_AFTER_MS) return Promise.resolve(false)
  inFlight = expirePostTags(now).finally(() => {
    inFlight = null
  })
  return inFlight
}
