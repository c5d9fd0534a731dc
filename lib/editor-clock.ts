import {localParts, zonedInstant} from './practice/hours.ts'
import {PRACTICE_TIME_ZONE} from './site.ts'

// One clock for everyone who schedules: every time an editor reads or enters in the Studio (list
// subtitles, badges, the Calendar, the Schedule dialog) is the practice's time in Asheville,
// labelled, whatever zone the editor's laptop is in.
export const EDITOR_ZONE_LABEL = 'ET'

const editorFormat = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: PRACTICE_TIME_ZONE,
})

/** "Dec 7, 2026, 6:43 PM ET". */
export function formatForEditors(iso: string | number | Date): string {
  return `${editorFormat.format(new Date(iso))} ${EDITOR_ZONE_LABEL}`
}

/** The practice's wall clock at an instant, as a `datetime-local` input writes it ("2027-01-12T09:00"). */
export function toEditorInput(iso: string): string {
  const {date, minutes} = localParts(new Date(iso).getTime())
  return `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

/** A `datetime-local` value read as the practice's wall clock, as an instant. */
export function fromEditorInput(value: string): number | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(value)
  return match ? zonedInstant(match[1], match[2]) : null
}
