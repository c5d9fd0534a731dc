import {minutesOf, validTime} from '../../lib/practice/hours.ts'

// The mistakes the office can make in the Practice section, as plain sentences at the field.
// Pure functions (true, or the message), so each rule is tested without a Studio.

type Problem = true | string

const TIME_FORMAT = 'Choose a time from the list (or write it as HH:MM, e.g. 09:00 or 18:30).'

/** A span of a day: office hours (opens, closes) or a meeting (start, end). */
export function timeSpanProblem(start: string | undefined, end: string | undefined, what: string): Problem {
  if (!start || !end) return `Give the ${what}’s start and end times.`
  if (!validTime(start) || !validTime(end)) return TIME_FORMAT
  if (minutesOf(end) <= minutesOf(start)) return `The ${what} ends (${end}) before it starts (${start}).`
  return true
}

export function weekdaysProblem(days: readonly string[] | undefined, what: string): Problem {
  return days?.length ? true : `Choose at least one day for the ${what}.`
}

export function meetingsProblem(meetings: readonly unknown[] | undefined): Problem {
  return meetings?.length ? true : 'A group needs at least one weekly meeting: add its days and times.'
}

export function closureProblem(from: string | undefined, to: string | undefined): Problem {
  if (!from || !to) return 'Give the first and the last day of the closure (the same day for one day).'
  return to < from ? `The closure ends (${to}) before it starts (${from}).` : true
}

export function telehealthStatesProblem(offered: boolean | undefined, states: readonly string[] | undefined): Problem {
  return offered && !states?.length ? 'Telehealth is offered: choose the states clients may join from.' : true
}

export function groupStartProblem(admission: string | undefined, nextStart: string | undefined): Problem {
  return admission === 'dated' && !nextStart
    ? 'Give the date the next group starts, or choose rolling admission.'
    : true
}

/** `leavesAt` is an instant; `nextStart` a calendar day. A group cannot leave before its first day. */
export function groupLeavesProblem(nextStart: string | undefined, leavesAt: string | undefined): Problem {
  if (!nextStart || !leavesAt) return true
  return leavesAt.slice(0, 10) < nextStart
    ? `The group leaves the site (${leavesAt.slice(0, 10)}) before it starts (${nextStart}).`
    : true
}
