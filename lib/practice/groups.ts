import {closureNoticeBoundaries, startOfLocalDay, type Closure} from './hours.ts'
import type {AdmissionKind, EnrollmentStatus} from './options.ts'

// When a group is on the site, and every moment that changes what the site shows about the
// practice. The go-live schedule (sanity/lib/go-live-schedule.ts) expires the cached pages at
// each of these moments, as it does for scheduled articles, so no page renders per request.

export type GroupTimes = {
  enrollment: EnrollmentStatus
  admission: AdmissionKind
  nextStart?: string | null
  leavesAt?: string | null
}

/** A dated group's first day has begun (midnight in Asheville). */
export function hasStarted(group: GroupTimes, now: number): boolean {
  return group.admission === 'dated' && Boolean(group.nextStart) && startOfLocalDay(group.nextStart ?? '') <= now
}

/**
 * Whether visitors see the group at `now`: not past its leaving time, and not a group closed to
 * new members whose start has passed (nobody can join it any more).
 */
export function groupIsListed(group: GroupTimes, now: number): boolean {
  if (group.leavesAt && Date.parse(group.leavesAt) <= now) return false
  return !(group.enrollment === 'closed' && hasStarted(group, now))
}

/** Moments at which some group's listing or start label changes. */
export function groupChangeMoments(groups: readonly GroupTimes[]): number[] {
  return groups.flatMap((group) => [
    ...(group.leavesAt ? [Date.parse(group.leavesAt)] : []),
    ...(group.admission === 'dated' && group.nextStart ? [startOfLocalDay(group.nextStart)] : []),
  ])
}

/** The first moment after `since` at which a group or a closure notice changes; null if none. */
export function nextPracticeChange(
  since: number,
  groups: readonly GroupTimes[],
  closures: readonly Closure[],
): number | null {
  const later = [...groupChangeMoments(groups), ...closureNoticeBoundaries([...closures])].filter(
    (moment) => Number.isFinite(moment) && moment > since,
  )
  return later.length ? Math.min(...later) : null
}

type Joinable = GroupTimes & {started: boolean}

/** The dated group that starts soonest and still takes people; rolling groups are always joinable. */
export function soonestStart<G extends Joinable>(groups: readonly G[]): G | undefined {
  return groups
    .filter(
      (group) => group.enrollment !== 'closed' && group.admission === 'dated' && !group.started && group.nextStart,
    )
    .sort((a, b) => (a.nextStart ?? '').localeCompare(b.nextStart ?? ''))[0]
}

export const rollingGroups = <G extends Joinable>(groups: readonly G[]) =>
  groups.filter((group) => group.enrollment !== 'closed' && group.admission === 'rolling')
