import {useEffect, useState} from 'react'
import {formatForEditors} from '../../../lib/editor-clock.ts'
import {useDocumentStore} from 'sanity'
import {IntentLink} from 'sanity/router'
import {
  dayKey,
  monthWeeks,
  postsByDay,
  splitCalendar,
  upcoming,
  type CalendarPost,
  type CalendarRow,
  type WaitingDraft,
} from './month.ts'

// Every article, drafts included: published ones go on their date (those ahead are scheduled),
// never-published drafts wait to be scheduled.
export const CALENDAR_QUERY = `*[_type == "post"]{_id, title, publishedAt}`

const monthFormat = new Intl.DateTimeFormat('en-US', {month: 'long', year: 'numeric'})
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

function PostLink({post}: {post: CalendarPost | WaitingDraft}) {
  return (
    <IntentLink intent="edit" params={{id: post._id, type: 'post'}}>
      {post.title ?? 'Untitled'}
    </IntentLink>
  )
}

/** The editorial calendar: a month of scheduled and published posts, and what goes out next. */
export function EditorialCalendar() {
  const documentStore = useDocumentStore()
  const [calendar, setCalendar] = useState<ReturnType<typeof splitCalendar> | null>(null)
  const [failed, setFailed] = useState(false)
  const [month, setMonth] = useState(() => ({year: new Date().getFullYear(), month: new Date().getMonth()}))

  // Stays current while open: what someone schedules in another pane or window shows up here.
  useEffect(() => {
    const subscription = documentStore
      .listenQuery(CALENDAR_QUERY, {}, {perspective: 'raw', tag: 'editorial-calendar'})
      .subscribe({next: (rows: CalendarRow[]) => setCalendar(splitCalendar(rows)), error: () => setFailed(true)})
    return () => subscription.unsubscribe()
  }, [documentStore])

  const shift = (delta: number) =>
    setMonth(({year, month: m}) => ({
      year: m + delta < 0 ? year - 1 : m + delta > 11 ? year + 1 : year,
      month: (m + delta + 12) % 12,
    }))
  if (failed) return <p role="alert">The calendar could not load posts. Reload to try again.</p>
  if (!calendar) return <p>Loading the calendar…</p>
  const {posts, waiting} = calendar
  const byDay = postsByDay(posts)
  const now = new Date()

  return (
    <div style={{padding: '1.5rem', display: 'grid', gap: '2rem', maxWidth: '72rem'}}>
      <section aria-labelledby="upcoming-title">
        <h2 id="upcoming-title">Going out next</h2>
        {upcoming(posts, now).length ? (
          <ol>
            {upcoming(posts, now).map((post) => (
              <li key={post._id}>
                <time dateTime={post.publishedAt}>{formatForEditors(post.publishedAt)}</time> · <PostLink post={post} />
              </li>
            ))}
          </ol>
        ) : (
          <p>Nothing is scheduled.</p>
        )}
      </section>
      <section aria-labelledby="waiting-title">
        <h2 id="waiting-title">Drafts waiting for a date</h2>
        {waiting.length ? (
          <ul>
            {waiting.map((draft) => (
              <li key={draft._id}>
                <PostLink post={draft} />
              </li>
            ))}
          </ul>
        ) : (
          <p>No unpublished drafts.</p>
        )}
      </section>
      <section aria-labelledby="month-title">
        <div style={{display: 'flex', gap: '1rem', alignItems: 'center'}}>
          <button type="button" onClick={() => shift(-1)}>
            Previous month
          </button>
          <h2 id="month-title">{monthFormat.format(new Date(month.year, month.month, 1))}</h2>
          <button type="button" onClick={() => shift(1)}>
            Next month
          </button>
        </div>
        <table style={{width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed'}}>
          <thead>
            <tr>
              {WEEKDAYS.map((day) => (
                <th key={day} scope="col">
                  {day}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthWeeks(month.year, month.month).map((week, index) => (
              <tr key={index}>
                {week.map((day, cell) => (
                  <td
                    key={cell}
                    style={{verticalAlign: 'top', border: '1px solid #ccd', height: '5rem', padding: '0.25rem'}}
                  >
                    {day ? (
                      <>
                        <div>{day.getDate()}</div>
                        <ul style={{listStyle: 'none', margin: 0, padding: 0}}>
                          {(byDay.get(dayKey(day)) ?? []).map((post) => (
                            <li key={post._id}>
                              {new Date(post.publishedAt) > now ? 'Scheduled: ' : ''}
                              <PostLink post={post} />
                            </li>
                          ))}
                        </ul>
                      </>
                    ) : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  )
}
