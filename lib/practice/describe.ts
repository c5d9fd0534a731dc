import type {Closure} from './hours.ts'

// How the site words the practice's dates for visitors. Calendar days are read as days (not
// instants), so they format in UTC, where 'YYYY-MM-DD' means that very day.

const longDay = new Intl.DateTimeFormat('en-US', {weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC'})
const shortDay = new Intl.DateTimeFormat('en-US', {month: 'long', day: 'numeric', timeZone: 'UTC'})

const asDay = (date: string) => new Date(`${date}T00:00:00Z`)

/** 'Monday, January 11' */
export const describeDay = (date: string) => longDay.format(asDay(date))

/** 'Thursday, December 24' for one day, 'December 24 to December 26' for several. */
export function describeClosureDays({from, to}: Pick<Closure, 'from' | 'to'>): string {
  return from === to ? describeDay(from) : `${shortDay.format(asDay(from))} to ${shortDay.format(asDay(to))}`
}

type StartFacts = {admission: 'dated' | 'rolling'; nextStart?: string | null; started: boolean}

/** What a person needs to know about joining: when the next group starts, or that any week will do. */
export function describeStart({admission, nextStart, started}: StartFacts): string {
  if (admission === 'rolling' || !nextStart) return 'Rolling admission: join any week'
  return started ? `Began ${shortDay.format(asDay(nextStart))}` : `Next start: ${describeDay(nextStart)}`
}

/** 'Mondays', 'Mondays and Thursdays', 'Mondays, Wednesdays and Thursdays'. */
export function joinWithAnd(words: readonly string[]): string {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`
}
