import 'server-only'
import {defineQuery} from 'groq'
import {z} from 'zod'
import {nextPracticeChange} from '../../lib/practice/groups.ts'
import {goLiveDueAt} from '../../lib/scheduling.ts'
import type {GoLiveScheduleQueryResult} from '../types.ts'
import {fetchBeforeRender} from './client.ts'
import type {Drift, NoDrift} from './drift.ts'
import {groupTimesModel} from './groups.queries.ts'
import {listOf} from './parse.ts'
import {closureModel} from './practice.queries.ts'

// The go-live gate (go-live.ts) runs before cached pages and data are read, outside Next's
// cache, so it keeps this answer in memory and asks again when its copy is older than the
// caller allows.
export const GO_LIVE_SCHEDULE_TTL_MS = 10_000

// What changes on a date: the first post scheduled after `$since`, and the groups' and
// closures' dates, whose moments lib/practice/groups.ts works out (a group leaving, a dated
// group starting, a closure notice appearing or ending). The post tags are expired at the first.
export const goLiveScheduleQuery = defineQuery(`{
  "nextPost": *[_type == "post" && defined(slug.current) && dateTime(publishedAt) > dateTime($since)] | order(publishedAt asc) [0].publishedAt,
  "groups": *[_type == "group" && defined(slug.current)]{enrollment, admission, nextStart, leavesAt},
  "closures": *[_id == "practiceDetails"][0].closures[]{from, to, note}
}`)

const goLiveScheduleModel = z.object({
  nextPost: z.string().nullish(),
  groups: listOf(groupTimesModel, 'group'),
  closures: listOf(closureModel, 'closure'),
})

// Compile-time: the model reads exactly what the query returns (see drift.ts).
export type GoLiveScheduleModelFitsItsQuery = NoDrift<Drift<GoLiveScheduleQueryResult, typeof goLiveScheduleModel>>

export type GoLiveSchedule = {
  /** The first moment after the schedule's `since` at which visitors must see a change; null if none. */
  nextGoLiveAt: number | null
}

function nextGoLive(since: number, raw: unknown): number | null {
  const {nextPost, groups, closures} = goLiveScheduleModel.parse(raw)
  const moments = [goLiveDueAt(nextPost), goLiveDueAt(iso(nextPracticeChange(since, groups, closures)))]
  const due = moments.filter((moment): moment is number => moment !== null)
  return due.length ? Math.min(...due) : null
}

const iso = (moment: number | null) => (moment === null ? null : new Date(moment).toISOString())

type Memo = {at: number; since: number; value: GoLiveSchedule}

let lastGood: Memo | null = null
let lastAttemptAt = Number.NEGATIVE_INFINITY
let inFlight: {since: number; promise: Promise<GoLiveSchedule | null>} | null = null

function refresh(now: number, since: number): Promise<GoLiveSchedule | null> {
  if (inFlight?.since === since) return inFlight.promise
  lastAttemptAt = now
  const promise = fetchBeforeRender<unknown>(goLiveScheduleQuery, {since: new Date(since).toISOString()})
    .then((raw) => {
      const value: GoLiveSchedule = {nextGoLiveAt: nextGoLive(since, raw)}
      // An answer to an older question (a go-live was passed meanwhile) is not kept.
      if (!lastGood || since >= lastGood.since) lastGood = {at: now, since, value}
      return value
    })
    .catch((error: unknown) => {
      console.error(`[content] go-live schedule unavailable: ${(error as Error).message}`)
      return null
    })
    .finally(() => {
      if (inFlight?.promise === promise) inFlight = null
    })
  inFlight = {since, promise}
  return promise
}

export type ScheduleRequest = {
  /** The oldest copy the caller accepts. */
  maxAgeMs?: number
  /** Wait for a fresh copy rather than act on an older one. */
  fresh?: boolean
  /** With `fresh`: settle for the older copy after this long (default: the query's own deadline). */
  waitMs?: number
  /** Go-lives up to this time have been dealt with; the schedule names the first one after it. */
  since: number
  now?: number
}

/**
 * The next go-live; null when the Content Lake has never answered. A copy older than
 * `maxAgeMs`, or asked with an older `since`, is refreshed in the background while callers keep
 * the older one, so a slow or absent Content Lake never holds a visitor up. Only a caller that
 * must not act on an old copy (`fresh`) waits, for `waitMs` or the query's short deadline at
 * most. After a failed attempt, the next waits out `maxAgeMs`.
 */
export function getGoLiveSchedule({
  maxAgeMs = GO_LIVE_SCHEDULE_TTL_MS,
  fresh = false,
  waitMs,
  since,
  now = Date.now(),
}: ScheduleRequest): Promise<GoLiveSchedule | null> {
  const current = lastGood && lastGood.since === since
  if (lastGood && current && now - lastGood.at < maxAgeMs) return Promise.resolve(lastGood.value)
  const retryAllowed = inFlight !== null || !current || now - lastAttemptAt >= maxAgeMs
  const pending = retryAllowed ? refresh(now, since) : null
  const older = lastGood?.value ?? null
  if (!pending || (!fresh && older)) return Promise.resolve(older)
  if (waitMs === undefined || !older) return pending
  return Promise.race([pending, new Promise<GoLiveSchedule>((resolve) => setTimeout(() => resolve(older), waitMs))])
}
