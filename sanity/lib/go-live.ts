import 'server-only'
import {markGoLivePassed} from '../../lib/cache/go-live-gate.ts'
import {visibleThrough} from '../../lib/scheduling.ts'
import {getGoLiveSchedule} from './go-live-schedule.ts'

// How a scheduled post goes live (and a group leaves, or a closure notice appears) with no
// webhook, cron or rebuild, and without any page leaving the prerendered path.
//
// Why not cache lives: ending each cached entry's life at the next `publishedAt` does make the
// first request after it render fresh, but Cache Components treats an entry whose life is under
// five minutes (MIN_PRERENDERABLE_EXPIRE in Next 16.4) as too short for the static shell. Every
// page regenerated in the last five minutes before a go-live became a per-request render
// (`x-nextjs-postponed`, `private, no-store`), and stayed one after the go-live and across
// restarts. So cache lives stay long, and the go-live is passed at the moment instead: both
// cache handlers (lib/cache/) ask `passDueGoLive` before they read, which knows the next
// go-live (go-live-schedule.ts) and, on the first read at or after it, moves the go-live clock
// (lib/cache/go-live-gate.ts). From then on every entry that shows what changes on a date and
// was made before it is stale: the page cache renders such a page before answering, and the
// data cache computes such data afresh, so that very request gets the page with the post. It
// all happens in this process, whatever address or port the server listens on, and under
// `next dev` too, which has no page cache but does have the data cache.

// Go-lives up to this time are dealt with. Pages were prerendered from the build on, so a post
// that went live since the build needs its go-live too (SITE_BUILT_AT is set by next.config.ts).
let handledThrough = Number(process.env.SITE_BUILT_AT) || 0

export const goLiveHandledThrough = () => handledThrough

/** Marks everything made before `now` that shows what changes on a date as stale. */
export function passGoLive(now = Date.now()): void {
  const through = visibleThrough(now)
  markGoLivePassed(through)
  if (through > handledThrough) console.log(`[content] go-live through ${new Date(through).toISOString()}`)
  handledThrough = Math.max(handledThrough, through)
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
  if (lakeAnswers) passGoLive(now)
}
