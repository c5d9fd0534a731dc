import 'server-only'
import {encodeSignatureHeader, SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import {visibleThrough} from '../../lib/scheduling.ts'
import {serverEnv} from '../../lib/server-env.ts'
import {getGoLiveSchedule} from './go-live-schedule.ts'

// How a scheduled post goes live with no webhook, cron or rebuild, and without any page leaving
// the prerendered path.
//
// Why not cache lives: ending each cached entry's life at the next `publishedAt` does make the
// first request after it render fresh, but Cache Components treats an entry whose life is under
// five minutes (MIN_PRERENDERABLE_EXPIRE in Next 16.4) as too short for the static shell. Every
// page regenerated in the last five minutes before a go-live became a per-request render
// (`x-nextjs-postponed`, `private, no-store`), and stayed one after the go-live and across
// restarts. So cache lives stay long, and the post tags are expired at the moment instead: the
// page cache (lib/cache/page-cache-handler.ts) asks `passDueGoLive` before it reads any page,
// which knows the next go-live (go-live-schedule.ts) and, on the first read at or after it,
// calls /api/go-live. The page cache then turns the stale pages into blocking renders, so that
// very request gets the page with the post.

// Go-lives up to this time are dealt with. Pages were prerendered from the build on, so a post
// that went live since the build needs its go-live too (SITE_BUILT_AT is set by next.config.ts).
let handledThrough = Number(process.env.SITE_BUILT_AT) || 0
let inFlight: Promise<boolean> | null = null
let lastFailureAt = Number.NEGATIVE_INFINITY
const RETRY_AFTER_MS = 1_000
const TIMEOUT_MS = 5_000

export const goLiveHandledThrough = () => handledThrough

/** The go-live route of this very server (the page cache and the route run in the same `next start`). */
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

// How long a read waits for a current schedule before going on with the older copy: a healthy
// content API answers well within it, and a slow one costs a visitor this much at most, once per
// time to live. If it is late, the read after its answer passes the go-live.
const CURRENT_SCHEDULE_WAIT_MS = 250

/**
 * Passes a go-live that is due, so that the read which asked sees the new post. Only while the
 * Content Lake answers: the go-live makes pages render before answering, and without it they
 * would fail where their cached copies still serve. A later read tries again.
 *
 * A copy of the schedule past its time to live is not acted on: it cannot know a post scheduled
 * after it was fetched. On a quiet site (a post scheduled in the evening, the first visitor
 * after its time the next morning) the first request would otherwise get the pages without the
 * post, and only the next one would pass the go-live. The wait is one short query per time to
 * live, shared by the reads that arrive meanwhile, and bounded (CURRENT_SCHEDULE_WAIT_MS).
 */
export async function passDueGoLive(now = Date.now()): Promise<void> {
  const schedule = await getGoLiveSchedule({since: handledThrough, now, fresh: true, waitMs: CURRENT_SCHEDULE_WAIT_MS})
  if (schedule?.nextGoLiveAt == null || schedule.nextGoLiveAt > now) return
  const lakeAnswers = (await getGoLiveSchedule({since: handledThrough, maxAgeMs: 0, fresh: true})) !== null
  if (lakeAnswers) await passGoLive(now)
}
