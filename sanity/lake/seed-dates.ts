import {readFile, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {z} from 'zod'

// A seed folder may carry `relative-dates.json` ({"referenceMonday": "YYYY-MM-DD"}): its dates
// were written as if the seed were loaded in that week. When the lake makes a dataset from such a
// seed it moves every date and instant forward by whole weeks to the week it is loaded in, then
// drops the file, so the dataset holds ordinary dates from then on. Whole weeks keep weekdays.
export const RELATIVE_DATES_FILE = 'relative-dates.json'

const relativeDates = z.object({referenceMonday: z.iso.date()})
const WEEK_MS = 7 * 86_400_000
// A value that is all date (2026-01-05) or all instant (2026-01-05T13:00:00Z); nothing else moves.
const DATE_VALUE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/

/** Whole weeks from the reference Monday to the week holding `now` (UTC). */
export function weeksSince(referenceMonday: string, now: number): number {
  return Math.floor((now - Date.parse(`${referenceMonday}T00:00:00Z`)) / WEEK_MS)
}

/** `value` with every date and instant in it moved by `weeks` weeks. */
export function shiftDates(value: unknown, weeks: number): unknown {
  if (typeof value === 'string' && DATE_VALUE.test(value)) {
    const moved = new Date(Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value) + weeks * WEEK_MS)
    return value.length === 10 ? moved.toISOString().slice(0, 10) : moved.toISOString()
  }
  if (Array.isArray(value)) return value.map((item) => shiftDates(item, weeks))
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shiftDates(item, weeks)]))
  }
  return value
}

/** Rebases the dataset just copied into `dir` from a seed, if the seed's dates are relative. */
export async function rebaseSeedDates(dir: string, dataFile: string, now = Date.now()): Promise<void> {
  const marker = path.join(dir, RELATIVE_DATES_FILE)
  const raw = await readFile(marker, 'utf8').catch(() => null)
  if (raw === null) return
  const parsed = relativeDates.safeParse(JSON.parse(raw))
  if (!parsed.success) throw new Error(`${RELATIVE_DATES_FILE}: expected {"referenceMonday": "YYYY-MM-DD"}`)
  const weeks = weeksSince(parsed.data.referenceMonday, now)
  const file = path.join(dir, dataFile)
  const lines = (await readFile(file, 'utf8')).split('\n').filter((line) => line.trim())
  const moved = lines.map((line) => JSON.stringify(shiftDates(JSON.parse(line), weeks)))
  await writeFile(file, `${moved.join('\n')}\n`)
  await rm(marker)
}
