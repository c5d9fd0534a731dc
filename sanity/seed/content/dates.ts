// Seed dates are written as days from the week the lake first loads the seed, so "recent" stays
// recent and "scheduled" stays ahead in any year. The seed files hold them as days from a
// reference Monday in the past; when the lake copies the seed it moves every date forward by
// whole weeks to the week it runs in (sanity/lake/seed-dates.ts), which keeps weekdays, so a
// group that meets on Mondays still starts on a Monday.
export const SEED_REFERENCE_MONDAY = '2026-01-05'

const DAY_MS = 86_400_000
const referenceMs = Date.parse(`${SEED_REFERENCE_MONDAY}T00:00:00Z`)

/** An instant `days` after the load week's Monday, at `timeUtc` (HH:MM, UTC). */
export function seedInstant(days: number, timeUtc: string): string {
  const [hours, minutes] = timeUtc.split(':').map(Number)
  return new Date(referenceMs + days * DAY_MS + (hours * 60 + minutes) * 60_000).toISOString()
}

/** A calendar day (YYYY-MM-DD) `days` after the load week's Monday. */
export function seedDay(days: number): string {
  return new Date(referenceMs + days * DAY_MS).toISOString().slice(0, 10)
}
