import {Box, Button, Card, Flex, Heading, Stack, Text} from '@sanity/ui'
import {useEffect, useState} from 'react'
import {useDocumentStore} from 'sanity'
import {IntentLink} from 'sanity/router'
import {formatForEditors} from '../../../lib/editor-clock.ts'
import {
  dayKey,
  monthWeeks,
  postsByDay,
  splitCalendar,
  upcoming,
  weekDays,
  type CalendarPost,
  type CalendarRow,
  type WaitingDraft,
} from './month.ts'

// Every article, drafts included: published ones go on their date (those ahead are scheduled),
// never-published drafts wait to be scheduled.
export const CALENDAR_QUERY = `*[_type == "post"]{_id, title, publishedAt}`

const monthFormat = new Intl.DateTimeFormat('en-US', {month: 'long', year: 'numeric'})
const dayFormat = new Intl.DateTimeFormat('en-US', {weekday: 'long', month: 'short', day: 'numeric'})
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
type View = 'month' | 'week'

function PostLink({post}: {post: CalendarPost | WaitingDraft}) {
  return (
    <IntentLink intent="edit" params={{id: post._id, type: 'post'}}>
      {post.title ?? 'Untitled'}
    </IntentLink>
  )
}

/** One day's articles, each marked when it is still ahead. */
function DayPosts({posts, now}: {posts: CalendarPost[]; now: Date}) {
  return (
    <Stack as="ul" gap={2} style={{listStyle: 'none', margin: 0, padding: 0}}>
      {posts.map((post) => (
        <Text as="li" key={post._id} size={1}>
          {new Date(post.publishedAt) > now ? 'Scheduled: ' : ''}
          <PostLink post={post} />
        </Text>
      ))}
    </Stack>
  )
}

function Section({id, title, children}: {id: string; title: string; children: React.ReactNode}) {
  return (
    <Card as="section" aria-labelledby={id} padding={4} radius={2} shadow={1}>
      <Stack gap={4}>
        <Heading as="h2" id={id} size={1}>
          {title}
        </Heading>
        {children}
      </Stack>
    </Card>
  )
}

/**
 * The editorial calendar, drawn with Sanity UI like the rest of the Studio: what goes out next
 * (times in the practice's zone, ET), drafts waiting for a date, and a month or a week of
 * articles. Every control is a button or a link, so it is worked by keyboard as by mouse.
 */
export function EditorialCalendar() {
  const documentStore = useDocumentStore()
  const [calendar, setCalendar] = useState<ReturnType<typeof splitCalendar> | null>(null)
  const [failed, setFailed] = useState(false)
  const [view, setView] = useState<View>('month')
  // The day the view is built around: its month, or its week.
  const [anchor, setAnchor] = useState(() => new Date())

  // Stays current while open: what someone schedules in another pane or window shows up here.
  useEffect(() => {
    const subscription = documentStore
      .listenQuery(CALENDAR_QUERY, {}, {perspective: 'raw', tag: 'editorial-calendar'})
      .subscribe({next: (rows: CalendarRow[]) => setCalendar(splitCalendar(rows)), error: () => setFailed(true)})
    return () => subscription.unsubscribe()
  }, [documentStore])

  const shift = (delta: number) =>
    setAnchor((day) =>
      view === 'month'
        ? new Date(day.getFullYear(), day.getMonth() + delta, 1)
        : new Date(day.getFullYear(), day.getMonth(), day.getDate() + 7 * delta),
    )
  if (failed) {
    return (
      <Card padding={4} tone="critical" role="alert">
        <Text>The calendar could not load posts. Reload to try again.</Text>
      </Card>
    )
  }
  if (!calendar) {
    return (
      <Box padding={4}>
        <Text>Loading the calendar…</Text>
      </Box>
    )
  }
  const {posts, waiting} = calendar
  const byDay = postsByDay(posts)
  const now = new Date()
  const next = upcoming(posts, now)
  const week = weekDays(anchor)
  const unit = view === 'month' ? 'month' : 'week'
  const title =
    view === 'month' ? monthFormat.format(anchor) : `Week of ${dayFormat.format(week[0])}, ${week[0].getFullYear()}`

  return (
    <Box padding={4} style={{maxWidth: '72rem'}} data-testid="editorial-calendar">
      <Stack gap={4}>
        <Section id="upcoming-title" title="Going out next">
          {next.length ? (
            <Stack as="ol" gap={3} style={{margin: 0, paddingLeft: '1.25rem'}}>
              {next.map((post) => (
                <Text as="li" key={post._id}>
                  <time dateTime={post.publishedAt}>{formatForEditors(post.publishedAt)}</time> ·{' '}
                  <PostLink post={post} />
                </Text>
              ))}
            </Stack>
          ) : (
            <Text muted>Nothing is scheduled.</Text>
          )}
        </Section>
        <Section id="waiting-title" title="Drafts waiting for a date">
          {waiting.length ? (
            <Stack as="ul" gap={3} style={{margin: 0, paddingLeft: '1.25rem'}}>
              {waiting.map((draft) => (
                <Text as="li" key={draft._id}>
                  <PostLink post={draft} />
                </Text>
              ))}
            </Stack>
          ) : (
            <Text muted>No unpublished drafts.</Text>
          )}
        </Section>
        <Card as="section" aria-labelledby="month-title" padding={4} radius={2} shadow={1}>
          <Stack gap={4}>
            <Flex gap={2} align="center" wrap="wrap">
              <Button mode="ghost" text={`Previous ${unit}`} onClick={() => shift(-1)} />
              <Box flex={1}>
                <Heading as="h2" id="month-title" size={1} align="center">
                  {title}
                </Heading>
              </Box>
              <Button mode="ghost" text={`Next ${unit}`} onClick={() => shift(1)} />
              <Flex gap={1} role="group" aria-label="View">
                {(['month', 'week'] as const).map((option) => (
                  <Button
                    key={option}
                    mode={view === option ? 'default' : 'bleed'}
                    selected={view === option}
                    aria-pressed={view === option}
                    text={option === 'month' ? 'Month' : 'Week'}
                    onClick={() => setView(option)}
                  />
                ))}
              </Flex>
            </Flex>
            {view === 'month' ? (
              <table style={{width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed'}}>
                <thead>
                  <tr>
                    {WEEKDAYS.map((day) => (
                      <th key={day} scope="col">
                        <Text size={1} weight="semibold">
                          {day}
                        </Text>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {monthWeeks(anchor.getFullYear(), anchor.getMonth()).map((days, index) => (
                    <tr key={index}>
                      {days.map((day, cell) => (
                        <Card as="td" key={cell} border padding={2} style={{verticalAlign: 'top', height: '5.5rem'}}>
                          {day ? (
                            <Stack gap={2}>
                              <Text size={1} muted>
                                {day.getDate()}
                              </Text>
                              <DayPosts posts={byDay.get(dayKey(day)) ?? []} now={now} />
                            </Stack>
                          ) : null}
                        </Card>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <Stack as="ol" gap={2} style={{listStyle: 'none', margin: 0, padding: 0}}>
                {week
                  .map((day) => [day, byDay.get(dayKey(day)) ?? []] as const)
                  .map(([day, dayPosts]) => (
                    <Card as="li" key={dayKey(day)} border padding={3} radius={2}>
                      <Stack gap={3}>
                        <Text size={1} weight="semibold">
                          {dayFormat.format(day)}
                        </Text>
                        {dayPosts.length ? (
                          <DayPosts posts={dayPosts} now={now} />
                        ) : (
                          <Text size={1} muted>
                            Nothing this day.
                          </Text>
                        )}
                      </Stack>
                    </Card>
                  ))}
              </Stack>
            )}
          </Stack>
        </Card>
      </Stack>
    </Box>
  )
}
