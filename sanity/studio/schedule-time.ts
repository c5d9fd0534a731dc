import {fromEditorInput, toEditorInput} from '../../lib/editor-clock.ts'

/** A `datetime-local` value ("2027-01-12T09:00") read as the practice's time (ET), as ISO time. */
export function parseScheduleInput(
  value: string,
  now = new Date(),
): {ok: true; iso: string} | {ok: false; message: string} {
  const instant = fromEditorInput(value)
  if (instant === null || Number.isNaN(instant)) return {ok: false, message: 'Choose a date and a time.'}
  if (instant <= now.getTime()) {
    return {ok: false, message: 'That time has already passed. Choose a later time, or use Publish to publish now.'}
  }
  return {ok: true, iso: new Date(instant).toISOString()}
}

/** The value a `datetime-local` input shows for an ISO time, in the practice's time (ET). */
export const toDatetimeLocal = toEditorInput
