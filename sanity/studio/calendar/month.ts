import {localParts} from '../../../lib/practice/hours.ts'
import {isDraftId, publishedIdOf} from '../../lake/documents.ts'

export type CalendarPost = {_id: string; title: string | null; publishedAt: string}
export type CalendarRow = {_id: string; title: string | null; publishedAt: string | null}
export type WaitingDraft = {_id: string; title: string | null}

/**
 * Splits every article into what the calendar places by date (published ones, scheduled when
 * their date is ahead) and drafts that were never published, which wait for marketing to
 * schedule them. A draft of a published article is an edit in progress, not a new post.
 */
export function splitCalendar(rows: CalendarRow[]): {posts: CalendarPost[]; waiting: WaitingDraft[]} {
  const publishedIds = new Set(rows.filter((row) => !isDraftId(row._id)).map((row) => row._id))
  const posts = rows.filter((row): row is CalendarPost => !isDraftId(row._id) && Boolean(row.publishedAt))
  const waiting = rows
    .filter((row) => isDraftId(row._id) && !publishedIds.has(publishedIdOf(row._id)))
    .map((row) => ({_id: publishedIdOf(row._id), title: row.title}))
    .sort((a, b) => (a.title ?? '').localeCompare(b.title ?? ''))
  return {posts, waiting}
}

/** The weeks of a month, Monday first; days outside the month are null. */
export function monthWeeks(year: number, month: number): (Date | null)[][] {
  const first = new Date(year, month, 1)
  const days = new Date(year, month + 1, 0).getDate()
  const leading = (first.getDay() + 6) % 7
  const cells: (Date | null)[] = [
    ...Array.from({length: leading}, () => null),
    ...Array.from({length: days}, (_, i) => new Date(year, month, i + 1)),
  ]
  while (cells.length % 7) cells.push(null)
  return Array.from({length: cells.length / 7}, (_, week) => cells.slice(week * 7, week * 7 + 7))
}

/** A local calendar day as "YYYY-MM-DD". */
export function dayKey(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** Each article under the day it goes live in Asheville (ET), whatever the editor's zone. */
export function postsByDay(posts: CalendarPost[]): Map<string, CalendarPost[]> {
  const byDay = new Map<string, CalendarPost[]>()
  for (const post of [...posts].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))) {
    const key = localParts(Date.parse(post.publishedAt)).date
    byDay.set(key, [...(byDay.get(key) ?? []), post])
  }
  return byDay
}

export function upcoming(posts: CalendarPost[], now = new Date()): CalendarPost[] {
  return posts
    .filter((post) => new Date(post.publishedAt) > now)
    .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))
}

/** The seven days, Monday first, of the week that holds `day`. */
export function weekDays(day: Date): Date[] {
  const monday = new Date(day.getFullYear(), day.getMonth(), day.getDate() - ((day.getDay() + 6) % 7))
  return Array.from({length: 7}, (_, i) => new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + i))
}
