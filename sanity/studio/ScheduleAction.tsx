import {CalendarIcon} from '@sanity/icons/Calendar'
import {useState, type FormEvent} from 'react'
import {useDocumentOperation, type DocumentActionComponent} from 'sanity'
import {addDays, localParts, zonedInstant} from '../../lib/practice/hours.ts'
import {parseScheduleInput, toDatetimeLocal} from './schedule-time.ts'

// 9 am tomorrow in Asheville, whatever the editor's own zone.
const TOMORROW_MORNING = () => new Date(zonedInstant(addDays(localParts(Date.now()).date, 1), '09:00')).toISOString()

/**
 * "Schedule": sets publishedAt and publishes in one step. The site keeps a published post with a
 * future publishedAt out of sight until that moment, so no paid scheduling feature is needed.
 */
export const ScheduleAction: DocumentActionComponent = ({id, type, draft, published, onComplete}) => {
  const {patch, publish} = useDocumentOperation(id, type)
  const [open, setOpen] = useState(false)
  const current = (draft?.publishedAt ?? published?.publishedAt) as string | undefined
  const [value, setValue] = useState(() =>
    toDatetimeLocal(current && new Date(current) > new Date() ? current : TOMORROW_MORNING()),
  )
  const [error, setError] = useState<string | null>(null)

  const schedule = (event: FormEvent) => {
    event.preventDefault()
    const parsed = parseScheduleInput(value)
    if (!parsed.ok) {
      setError(parsed.message)
      return
    }
    patch.execute([{set: {publishedAt: parsed.iso}}])
    publish.execute()
    setOpen(false)
    onComplete()
  }

  return {
    label: 'Schedule',
    icon: CalendarIcon,
    disabled: Boolean(publish.disabled) && publish.disabled !== 'ALREADY_PUBLISHED',
    title: 'Publish now, to go live at a chosen time',
    onHandle: () => setOpen(true),
    dialog: open && {
      type: 'dialog',
      header: 'Schedule this article',
      onClose: () => setOpen(false),
      content: (
        <form onSubmit={schedule} style={{display: 'grid', gap: '0.75rem', padding: '0.5rem'}}>
          <label htmlFor="schedule-at">Goes live at (Eastern time, ET)</label>
          <input
            id="schedule-at"
            type="datetime-local"
            value={value}
            onChange={(event) => setValue(event.target.value)}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? 'schedule-error' : undefined}
          />
          {error ? (
            <p id="schedule-error" role="alert" style={{color: '#a32020', margin: 0}}>
              {error}
            </p>
          ) : null}
          <button type="submit">Schedule and publish</button>
        </form>
      ),
    },
  }
}
ScheduleAction.action = 'schedule'
