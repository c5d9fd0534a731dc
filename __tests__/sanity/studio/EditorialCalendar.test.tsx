/**
 * @jest-environment ./__tests__/setup/jsdom-environment.js
 */
import {describe, expect, it, jest} from '@jest/globals'
import {localParts} from '../../../lib/practice/hours.ts'
import {act, fireEvent, render, screen, within} from '@testing-library/react'
import type {ReactNode} from 'react'
import {ThemeProvider} from '@sanity/ui'
import {buildTheme} from '@sanity/ui/theme'
import {BehaviorSubject} from 'rxjs'
import {monthWeeks, postsByDay, splitCalendar, type CalendarRow} from '../../../sanity/studio/calendar/month.ts'

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()
const posts = [
  {_id: 'post-later', title: 'Later one', publishedAt: inDays(40)},
  {_id: 'post-soon', title: 'Soon one', publishedAt: inDays(2)},
  {_id: 'post-old', title: 'Old one', publishedAt: inDays(-3)},
]
const drafts = [
  {_id: 'drafts.post-new', title: 'New one', publishedAt: inDays(0)},
  {_id: 'drafts.post-old', title: 'Old one, being revised', publishedAt: inDays(-3)},
]
// What the Studio's document store answers: the query's result, again after every change.
const results = new BehaviorSubject<CalendarRow[]>([...posts, ...drafts])
const listenQuery = jest.fn((_query: string, _params: object, _options: object) => results)
const documentStore = {listenQuery}
jest.unstable_mockModule('sanity', () => ({useDocumentStore: () => documentStore}))
jest.unstable_mockModule('sanity/router', () => ({
  IntentLink: ({params, children}: {params: {id: string}; children: ReactNode}) => (
    <a href={`/studio/intent/edit/id=${params.id}`}>{children}</a>
  ),
}))
const {EditorialCalendar: Calendar} = await import('../../../sanity/studio/calendar/EditorialCalendar.tsx')
// As the Studio draws it: inside Sanity UI's theme.
const EditorialCalendar = () => (
  <ThemeProvider theme={buildTheme()}>
    <Calendar />
  </ThemeProvider>
)

describe('the editorial calendar', () => {
  it('lists what goes out next, soonest first, each opening its document', async () => {
    render(<EditorialCalendar />)
    const next = await screen.findByRole('region', {name: 'Going out next'})
    const links = within(next).getAllByRole('link')
    expect(links.map((link) => link.textContent)).toEqual(['Soon one', 'Later one'])
    expect(links[0]).toHaveAttribute('href', '/studio/intent/edit/id=post-soon')
  })

  it('lists never-published drafts as waiting for a date, and keeps up with changes', async () => {
    render(<EditorialCalendar />)
    const waiting = await screen.findByRole('region', {name: 'Drafts waiting for a date'})
    expect(
      within(waiting)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['New one'])
    expect(within(waiting).getByRole('link')).toHaveAttribute('href', '/studio/intent/edit/id=post-new')
    expect(listenQuery).toHaveBeenCalledWith(
      expect.stringContaining('_type == "post"'),
      {},
      expect.objectContaining({perspective: 'raw'}),
    )

    // Marketing schedules the new one: it leaves the waiting list and goes out next.
    act(() => results.next([...posts, {_id: 'post-new', title: 'New one', publishedAt: inDays(1)}]))
    expect(within(waiting).queryByRole('link')).toBeNull()
    const next = screen.getByRole('region', {name: 'Going out next'})
    expect(
      within(next)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['New one', 'Soon one', 'Later one'])
    act(() => results.next([...posts, ...drafts]))
  })

  it('shows posts on their day in the month view, and moves between months', async () => {
    render(<EditorialCalendar />)
    const month = await screen.findByRole('region', {name: /\d{4}/})
    const title = within(month).getByRole('heading', {level: 2}).textContent
    fireEvent.click(within(month).getByRole('button', {name: 'Next month'}))
    expect(within(month).getByRole('heading', {level: 2}).textContent).not.toBe(title)
    fireEvent.click(within(month).getByRole('button', {name: 'Previous month'}))
    expect(within(month).getByRole('heading', {level: 2}).textContent).toBe(title)

    // Walk to the month of the later post and find it on its day.
    for (let i = 0; i < 3 && !within(month).queryByRole('link', {name: 'Later one'}); i++) {
      fireEvent.click(within(month).getByRole('button', {name: 'Next month'}))
    }
    const cell = within(month).getByRole('link', {name: 'Later one'}).closest('td')
    // Its day in Asheville (ET), where the calendar places it.
    const day = Number(localParts(Date.parse(posts[0].publishedAt)).date.slice(8))
    expect(cell).toHaveTextContent(String(day))
    expect(cell).toHaveTextContent('Scheduled:')
  })

  it('shows a week, day by day, and moves a week at a time, by keyboard as by mouse', async () => {
    render(<EditorialCalendar />)
    const month = await screen.findByRole('region', {name: /\d{4}/})
    const week = within(month).getByRole('button', {name: 'Week'})
    week.focus()
    fireEvent.click(week)
    expect(week).toHaveAttribute('aria-pressed', 'true')
    expect(within(month).getByRole('heading', {level: 2}).textContent).toMatch(/^Week of Monday/)
    // Seven days, Monday first, each with its articles or "Nothing this day."
    const days = within(month).getAllByText(/^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, /)
    expect(days.map((day) => day.textContent?.split(',')[0])).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ])
    // The soon post (two days ahead) is this week or next.
    if (!within(month).queryByRole('link', {name: 'Soon one'})) {
      fireEvent.click(within(month).getByRole('button', {name: 'Next week'}))
    }
    expect(within(month).getByRole('link', {name: 'Soon one'})).toBeVisible()
  })
})

describe('calendar helpers', () => {
  it('lays a month out in Monday-first weeks', () => {
    // February 2027 starts on a Monday and has 28 days: exactly four weeks.
    const weeks = monthWeeks(2027, 1)
    expect(weeks).toHaveLength(4)
    expect(weeks[0][0]?.getDate()).toBe(1)
    expect(monthWeeks(2026, 10)[0].slice(0, 6)).toEqual([null, null, null, null, null, null])
  })

  it('splits articles into dated posts and drafts that were never published', () => {
    const {posts: dated, waiting} = splitCalendar([
      {_id: 'post-a', title: 'A', publishedAt: inDays(1)},
      {_id: 'post-undated', title: 'Undated', publishedAt: null},
      {_id: 'drafts.post-a', title: 'A, revised', publishedAt: inDays(1)},
      {_id: 'drafts.post-b', title: 'B', publishedAt: null},
    ])
    expect(dated.map((post) => post._id)).toEqual(['post-a'])
    expect(waiting).toEqual([{_id: 'post-b', title: 'B'}])
  })

  it('groups posts by their day in Asheville (ET), in time order', () => {
    const byDay = postsByDay([
      // 9 pm in Asheville, already the next day in UTC.
      {_id: 'c', title: 'C', publishedAt: '2027-01-13T02:00:00Z'},
      {_id: 'b', title: 'B', publishedAt: '2027-01-12T20:00:00Z'},
      {_id: 'a', title: 'A', publishedAt: '2027-01-12T14:00:00Z'},
    ])
    expect(byDay.get('2027-01-12')?.map((post) => post._id)).toEqual(['a', 'b', 'c'])
    expect(byDay.has('2027-01-13')).toBe(false)
  })
})
