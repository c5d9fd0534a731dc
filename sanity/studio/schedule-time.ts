import {z} from 'zod'

/** A `datetime-local` value ("2027-01-12T09:00") read in the browser's zone, as ISO time. */
export function parseScheduleInput(
  value: string,
  now = new Date(),
): {ok: true; iso: string} | {ok: false; message: string} {
  const parsed = z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)
    .safeParse(value)
  const date = parsed.success ? new Date(value) : null
  if (!date || Number.isNaN(date.getTime())) return {ok: false, message: 'Choose a date and a time.'}
  if (date.getTime() <= now.getTime()) {
    return {ok: false, message: 'That time has already passed. Choose a later time, or use Publish to publish now.'}
  }
  return {ok: true, iso: date.toISOString()}
}

/** The value a `datetime-local` input shows for an ISO time, in the browser's zone. */
export function toDatetimeLocal(iso: string): string {
  const date = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}
