import {CalendarIcon} from '@sanity/icons/Calendar'
import {Button, Card, Stack, Text, TextInput} from '@sanity/ui'
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
        <Stack as="form" gap={4} padding={1} onSubmit={schedule}>
          <Stack gap={3}>
            <Text as="label" htmlFor="schedule-at" size={1} weight="semibold">
              Goes live at (Eastern time, ET)
            </Text>
            <TextInput
              id="schedule-at"
              type="datetime-local"
              value={value}
              onChange={(event) => setValue(event.currentTarget.value)}
              aria-invalid={Boolean(error)}
              aria-describedby={error ? 'schedule-error' : undefined}
            />
            {error ? (
              <Card id="schedule-error" role="alert" tone="critical" padding={3} radius={2}>
                <Text size={1}>{error}</Text>
              </Card>
            ) : null}
          </Stack>
          <Button type="submit" tone="primary" text="Schedule and publish" />
        </Stack>
      ),
    },
  }
}
ScheduleAction.action = 'schedule'
