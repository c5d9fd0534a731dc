import {PRACTICE_TIME_ZONE} from '../site.ts'
import {joinWithAnd} from './describe.ts'

// Office hours, closures and weekly group meetings, read on Asheville's clock whatever the zone of
// the server or browser running this. Intl only, no Node APIs: pages, the Studio and tests share it.
// Dates are 'YYYY-MM-DD' calendar days and times 'HH:MM' (24-hour) on the practice's wall clock;
// instants are epoch milliseconds. Malformed dates or times throw a RangeError, except where a
// page only shows them (formatClock) or skips them (office hours).

export {PRACTICE_TIME_ZONE}

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const
export type Weekday = (typeof WEEKDAYS)[number]

export type OfficeHours = {days: Weekday[]; opens: string; closes: string}
/** Whole days the office is closed, `from` to `to` inclusive. */
export type Closure = {from: string; to: string; note: string}
export type Meeting = {days: Weekday[]; start: string; end: string}
export type LocalParts = {date: string; weekday: Weekday; minutes: number}
export type Opening = {date: string; weekday: Weekday; time: string}
export type OfficeStatus =
  {kind: 'open'; closes: string} | {kind: 'closed-today'; closure: Closure} | {kind: 'closed'; opens: Opening | null}

const MINUTE_MS = 60_000
const DAY_MS = 86_400_000
/** How far ahead the next opening is looked for: past any closure the office is likely to have. */
const LOOK_AHEAD_DAYS = 14
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export function validTime(value: string): boolean {
  return TIME.test(value)
}

export function minutesOf(time: string): number {
  const match = TIME.exec(time)
  if (!match) throw new RangeError(`Not a time of day (HH:MM): ${time}`)
  return Number(match[1]) * 60 + Number(match[2])
}

/** How the office writes a time: '18:00' is '6 pm', '08:30' '8:30 am'. Anything else shows as given. */
export function formatClock(time: string): string {
  if (!validTime(time)) return time
  const hour = Math.floor(minutesOf(time) / 60)
  const minute = time.slice(3)
  const clock = minute === '00' ? `${hour % 12 || 12}` : `${hour % 12 || 12}:${minute}`
  return `${clock} ${hour < 12 ? 'am' : 'pm'}`
}

/** A calendar day as midnight UTC, so day arithmetic never meets a daylight-saving change. */
function dayMs(date: string): number {
  const match = DATE.exec(date)
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN
  // Date.UTC rolls 2027-02-30 over to March; the round trip catches it.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${date}`)
  }
  return ms
}

export function addDays(date: string, days: number): string {
  return new Date(dayMs(date) + days * DAY_MS).toISOString().slice(0, 10)
}

export function weekdayOf(date: string): Weekday {
  return WEEKDAYS[(new Date(dayMs(date)).getUTCDay() + 6) % 7]
}

// Building an Intl formatter costs far more than using one, and every function here reads the clock.
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone)
  if (!format) {
    const fields = {year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit'} as const
    format = new Intl.DateTimeFormat('en-US', {timeZone, hourCycle: 'h23', ...fields})
    formatters.set(timeZone, format)
  }
  return format
}

/** The calendar day, weekday and minute of the day on the zone's wall clock at `instant`. */
export function localParts(instant: number, timeZone: string = PRACTICE_TIME_ZONE): LocalParts {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  )
  const date = `${parts.year.padStart(4, '0')}-${parts.month}-${parts.day}`
  return {date, weekday: weekdayOf(date), minutes: Number(parts.hour) * 60 + Number(parts.minute)}
}

/** The zone's wall clock at `instant` read as if it were UTC; minus the instant, it is the zone's offset. */
function wallMs(instant: number, timeZone: string): number {
  const {date, minutes} = localParts(instant, timeZone)
  return dayMs(date) + minutes * MINUTE_MS
}

/**
 * The instant the zone's wall clock reads `time` on `date`. Across daylight saving: a time the
 * clocks skip (02:30 on a spring-forward night) gives the first minute that exists, the moment of
 * the change (03:00); a time they show twice (01:30 on a fall-back night) gives the earlier one,
 * so a meeting at that hour is never announced an hour after it began.
 */
export function zonedInstant(date: string, time: string, timeZone: string = PRACTICE_TIME_ZONE): number {
  const wall = dayMs(date) + minutesOf(time) * MINUTE_MS
  // Zones change offset at most once around a given day, so the offsets a day either side are the only candidates.
  const offset = (instant: number) => wallMs(instant, timeZone) - instant
  const byOldOffset = wall - offset(wall - DAY_MS)
  const byNewOffset = wall - offset(wall + DAY_MS)
  const matches = [byOldOffset, byNewOffset].filter((instant) => wallMs(instant, timeZone) === wall)
  return matches.length ? Math.min(...matches) : endOfGap(byNewOffset, byOldOffset, wall, timeZone)
}

/** In a spring-forward gap: the first minute in (before, after] whose wall clock is past `wall`. */
function endOfGap(before: number, after: number, wall: number, timeZone: string): number {
  let [low, high] = [before, after]
  while (high - low > MINUTE_MS) {
    const middle = low + Math.floor((high - low) / MINUTE_MS / 2) * MINUTE_MS
    if (wallMs(middle, timeZone) > wall) high = middle
    else low = middle
  }
  return high
}

export function startOfLocalDay(date: string, timeZone: string = PRACTICE_TIME_ZONE): number {
  return zonedInstant(date, '00:00', timeZone)
}

export function closureOn(date: string, closures: Closure[]): Closure | undefined {
  // 'YYYY-MM-DD' strings sort as the days do.
  return closures.find((closure) => closure.from <= date && date <= closure.to)
}

/**
 * The day's opening spans in order, touching ones joined (9–12 and 12–6 is open until 6, not 12).
 * A span that is malformed or ends before it starts is skipped: the Studio rejects those, and a
 * page should not fail over one that slipped through. 'HH:MM' strings sort as the times do.
 */
function spansOn(weekday: Weekday, hours: OfficeHours[]): {opens: string; closes: string}[] {
  const spans = hours
    .filter((h) => h.days.includes(weekday) && validTime(h.opens) && validTime(h.closes) && h.opens < h.closes)
    .map(({opens, closes}) => ({opens, closes}))
    .sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens))
  return spans.reduce<{opens: string; closes: string}[]>((joined, span) => {
    const last = joined.at(-1)
    if (last && span.opens <= last.closes) last.closes = span.closes > last.closes ? span.closes : last.closes
    else joined.push(span)
    return joined
  }, [])
}

export function officeStatus(now: number, hours: OfficeHours[], closures: Closure[]): OfficeStatus {
  const today = localParts(now)
  const closure = closureOn(today.date, closures)
  if (closure) return {kind: 'closed-today', closure}
  const open = spansOn(today.weekday, hours).find(
    (span) => minutesOf(span.opens) <= today.minutes && today.minutes < minutesOf(span.closes),
  )
  return open ? {kind: 'open', closes: open.closes} : {kind: 'closed', opens: nextOpening(today, hours, closures)}
}

function nextOpening(today: LocalParts, hours: OfficeHours[], closures: Closure[]): Opening | null {
  for (let ahead = 0; ahead <= LOOK_AHEAD_DAYS; ahead++) {
    const date = addDays(today.date, ahead)
    if (closureOn(date, closures)) continue
    const weekday = weekdayOf(date)
    const span = spansOn(weekday, hours).find((s) => ahead > 0 || minutesOf(s.opens) > today.minutes)
    if (span) return {date, weekday, time: span.opens}
  }
  return null
}

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)
const monthDay = new Intl.DateTimeFormat('en-US', {month: 'long', day: 'numeric', timeZone: 'UTC'})

/** 'today', 'tomorrow', 'Monday'; a week or more away (after a long closure) the weekday alone would mislead. */
function dayWords(opens: Opening, today: string): string {
  if (opens.date === today) return 'today'
  if (opens.date === addDays(today, 1)) return 'tomorrow'
  const weekday = capitalized(opens.weekday)
  return opens.date < addDays(today, 7) ? weekday : `${weekday}, ${monthDay.format(dayMs(opens.date))}`
}

export function describeOfficeStatus(status: OfficeStatus, now: number): string {
  if (status.kind === 'open') return `Open now, until ${formatClock(status.closes)}`
  if (status.kind === 'closed-today') {
    const note = status.closure.note.trim()
    return note ? `Closed today (${note})` : 'Closed today'
  }
  const {opens} = status
  return opens
    ? `Closed now, opens ${dayWords(opens, localParts(now).date)} at ${formatClock(opens.time)}`
    : 'Closed now'
}

/** From local midnight `leadDays` before the closure until the local midnight after its last day. */
function noticeWindow(closure: Closure, leadDays: number): [number, number] {
  return [startOfLocalDay(addDays(closure.from, -leadDays)), startOfLocalDay(addDays(closure.to, 1))]
}

export function closureNotices(now: number, closures: Closure[], leadDays = 7): Closure[] {
  return closures
    .filter((closure) => {
      const [from, until] = noticeWindow(closure, leadDays)
      return from <= now && now < until
    })
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
}

/** Every instant closureNotices' answer changes: when a cached page showing the notices goes stale. */
export function closureNoticeBoundaries(closures: Closure[], leadDays = 7): number[] {
  const instants = closures.flatMap((closure) => noticeWindow(closure, leadDays))
  return [...new Set(instants)].sort((a, b) => a - b)
}

function occurrencesOn(date: string, meetings: Meeting[]): {start: number; end: number}[] {
  const weekday = weekdayOf(date)
  return meetings
    .filter((meeting) => meeting.days.includes(weekday))
    .map(({start, end}) => ({
      start: zonedInstant(date, start),
      // An end at or before the start is on the next day's clock: the meeting runs past midnight.
      end: zonedInstant(minutesOf(end) <= minutesOf(start) ? addDays(date, 1) : date, end),
    }))
}

/** The next `count` meetings not yet over at `now` (one in progress included), earliest first. */
export function nextMeetings(now: number, meetings: Meeting[], count: number): {start: number; end: number}[] {
  const found: {start: number; end: number}[] = []
  const today = localParts(now).date
  // From yesterday, whose late meeting may still be running. Any weekday recurs within a week, so
  // the bound only stops the loop when no meeting names a day at all.
  for (let ahead = -1; found.length < count && ahead <= 7 * (count + 1); ahead++) {
    found.push(...occurrencesOn(addDays(today, ahead), meetings).filter((meeting) => meeting.end > now))
  }
  return found.sort((a, b) => a.start - b.start).slice(0, Math.max(count, 0))
}

const inWeekOrder = (days: readonly Weekday[]) => WEEKDAYS.filter((day) => days.includes(day))

export function describeMeetings(meetings: Meeting[]): string[] {
  return meetings.map(({days, start, end}) => {
    const when = joinWithAnd(inWeekOrder(days).map((day) => `${capitalized(day)}s`))
    const times = `${formatClock(start)} to ${formatClock(end)}`
    return when ? `${when}, ${times}` : times
  })
}

/** 'Monday to Thursday' for three or more days in a row; fewer read better listed: 'Monday, Tuesday, Friday'. */
function dayRuns(days: readonly Weekday[]): string {
  const runs: Weekday[][] = []
  for (const day of inWeekOrder(days)) {
    const run = runs.at(-1)
    if (run && WEEKDAYS.indexOf(run[run.length - 1]) === WEEKDAYS.indexOf(day) - 1) run.push(day)
    else runs.push([day])
  }
  const named = runs.map((run) => run.map(capitalized))
  return named.map((run) => (run.length > 2 ? `${run[0]} to ${run[run.length - 1]}` : run.join(', '))).join(', ')
}

export function describeWeeklyHours(hours: OfficeHours[]): {days: string; hours: string}[] {
  return hours.map(({days, opens, closes}) => ({
    days: dayRuns(days),
    hours: `${formatClock(opens)} to ${formatClock(closes)}`,
  }))
}
