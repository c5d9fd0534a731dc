import {describe, expect, it} from '@jest/globals'
import {
  closureNoticeBoundaries,
  closureNotices,
  closureOn,
  describeMeetings,
  describeOfficeStatus,
  describeWeeklyHours,
  formatClock,
  localParts,
  minutesOf,
  nextMeetings,
  officeStatus,
  PRACTICE_TIME_ZONE,
  startOfLocalDay,
  validTime,
  WEEKDAYS,
  zonedInstant,
  type Closure,
  type Meeting,
  type OfficeHours,
} from '../../../lib/practice/hours.ts'

// Every instant is written in UTC with Asheville's wall clock beside it. In 2027 New York springs
// forward on Sunday 14 March (EST, UTC-5, becomes EDT, UTC-4) and falls back on Sunday 7 November.

const HOURS: OfficeHours[] = [
  {days: ['monday', 'tuesday', 'wednesday', 'thursday'], opens: '08:30', closes: '18:00'},
  {days: ['friday'], opens: '09:00', closes: '15:00'},
]
const IOP: Meeting = {days: ['monday', 'wednesday', 'thursday'], start: '09:00', end: '12:00'}

const status = (now: number, closures: Closure[] = [], hours = HOURS) => {
  const result = officeStatus(now, hours, closures)
  return {result, text: describeOfficeStatus(result, now)}
}

describe('times of day', () => {
  it('writes times the way the office does', () => {
    expect(formatClock('18:00')).toBe('6 pm')
    expect(formatClock('08:30')).toBe('8:30 am')
    expect(formatClock('12:00')).toBe('12 pm')
    expect(formatClock('12:30')).toBe('12:30 pm')
    expect(formatClock('00:00')).toBe('12 am')
    expect(formatClock('23:45')).toBe('11:45 pm')
  })

  it('shows a malformed time as it was given rather than failing the page', () => {
    expect(formatClock('9.30')).toBe('9.30')
  })

  it('accepts only HH:MM from 00:00 to 23:59', () => {
    expect(['00:00', '09:05', '23:59'].map(validTime)).toEqual([true, true, true])
    expect(['24:00', '9:30', '09:60', '09:30:00', ''].map(validTime)).toEqual([false, false, false, false, false])
  })

  it('counts minutes since midnight, and refuses what is not a time', () => {
    expect(minutesOf('00:00')).toBe(0)
    expect(minutesOf('08:30')).toBe(510)
    expect(minutesOf('23:59')).toBe(1439)
    expect(() => minutesOf('25:00')).toThrow(RangeError)
  })

  it('lists the weekdays from Monday', () => {
    expect(WEEKDAYS).toEqual(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])
    expect(PRACTICE_TIME_ZONE).toBe('America/New_York')
  })
})

describe('localParts', () => {
  it('reads the wall clock in Asheville, not in UTC', () => {
    // 00:30 UTC on Tuesday is 20:30 EDT on Monday.
    expect(localParts(Date.UTC(2027, 5, 8, 0, 30))).toEqual({date: '2027-06-07', weekday: 'monday', minutes: 1230})
    // 04:59 UTC on New Year's Day is still New Year's Eve, 23:59 EST.
    expect(localParts(Date.UTC(2027, 0, 1, 4, 59, 59))).toEqual({
      date: '2026-12-31',
      weekday: 'thursday',
      minutes: 1439,
    })
  })

  it('reads another zone when asked', () => {
    expect(localParts(Date.UTC(2027, 5, 8, 0, 30), 'Asia/Tokyo')).toEqual({
      date: '2027-06-08',
      weekday: 'tuesday',
      minutes: 570,
    })
  })
})

describe('zonedInstant', () => {
  it('keeps 9:00 at 9:00 local on the Monday after each change', () => {
    expect(zonedInstant('2027-03-08', '09:00')).toBe(Date.UTC(2027, 2, 8, 14)) // EST
    expect(zonedInstant('2027-03-15', '09:00')).toBe(Date.UTC(2027, 2, 15, 13)) // EDT
    expect(zonedInstant('2027-11-08', '09:00')).toBe(Date.UTC(2027, 10, 8, 14)) // EST again
  })

  it('moves a time the clocks skip forward to the first minute that exists', () => {
    expect(zonedInstant('2027-03-14', '01:59')).toBe(Date.UTC(2027, 2, 14, 6, 59))
    expect(zonedInstant('2027-03-14', '02:00')).toBe(Date.UTC(2027, 2, 14, 7))
    expect(zonedInstant('2027-03-14', '02:30')).toBe(Date.UTC(2027, 2, 14, 7))
    expect(zonedInstant('2027-03-14', '03:00')).toBe(Date.UTC(2027, 2, 14, 7))
    expect(localParts(zonedInstant('2027-03-14', '02:30')).minutes).toBe(3 * 60)
  })

  it('takes the earlier of a time the clocks show twice', () => {
    expect(zonedInstant('2027-11-07', '00:59')).toBe(Date.UTC(2027, 10, 7, 4, 59))
    expect(zonedInstant('2027-11-07', '01:30')).toBe(Date.UTC(2027, 10, 7, 5, 30)) // EDT, not 06:30Z EST
    expect(zonedInstant('2027-11-07', '02:00')).toBe(Date.UTC(2027, 10, 7, 7))
  })

  it('works in any zone, including one that springs forward at another hour', () => {
    expect(zonedInstant('2027-03-28', '01:30', 'Europe/London')).toBe(Date.UTC(2027, 2, 28, 1))
    expect(zonedInstant('2027-07-01', '09:00', 'Asia/Kolkata')).toBe(Date.UTC(2027, 6, 1, 3, 30))
  })

  it('finds local midnight on either side of a change', () => {
    expect(startOfLocalDay('2027-03-14')).toBe(Date.UTC(2027, 2, 14, 5))
    expect(startOfLocalDay('2027-03-15')).toBe(Date.UTC(2027, 2, 15, 4))
    expect(startOfLocalDay('2027-11-07')).toBe(Date.UTC(2027, 10, 7, 4))
    expect(startOfLocalDay('2027-11-08')).toBe(Date.UTC(2027, 10, 8, 5))
  })

  it('refuses a day that does not exist', () => {
    expect(() => zonedInstant('2027-02-30', '09:00')).toThrow(RangeError)
    expect(() => zonedInstant('2027-2-3', '09:00')).toThrow(RangeError)
  })
})

describe('officeStatus', () => {
  it('is open from the opening minute until the minute before closing', () => {
    expect(status(Date.UTC(2027, 5, 7, 12, 30)).text).toBe('Open now, until 6 pm') // Mon 08:30 EDT
    expect(status(Date.UTC(2027, 5, 7, 21, 59)).result).toEqual({kind: 'open', closes: '18:00'}) // 17:59
    expect(status(Date.UTC(2027, 5, 7, 22, 0))).toEqual({
      result: {kind: 'closed', opens: {date: '2027-06-08', weekday: 'tuesday', time: '08:30'}},
      text: 'Closed now, opens tomorrow at 8:30 am',
    })
  })

  it('names the day of the next opening', () => {
    expect(status(Date.UTC(2027, 5, 7, 12, 29)).text).toBe('Closed now, opens today at 8:30 am')
    expect(status(Date.UTC(2027, 5, 10, 22)).text).toBe('Closed now, opens tomorrow at 9 am') // Thu 18:00
    expect(status(Date.UTC(2027, 5, 11, 19)).text).toBe('Closed now, opens Monday at 8:30 am') // Fri 15:00
    expect(status(Date.UTC(2027, 5, 12, 16)).text).toBe('Closed now, opens Monday at 8:30 am') // Sat noon
  })

  it('opens at 8:30 local on the Monday after the spring-forward Sunday', () => {
    expect(status(Date.UTC(2027, 2, 15, 3)).text).toBe('Closed now, opens tomorrow at 8:30 am') // Sun 23:00 EDT
    expect(status(Date.UTC(2027, 2, 15, 12, 29)).text).toBe('Closed now, opens today at 8:30 am')
    expect(status(Date.UTC(2027, 2, 15, 12, 30)).text).toBe('Open now, until 6 pm')
    expect(status(Date.UTC(2027, 2, 15, 21, 59)).result.kind).toBe('open')
    expect(status(Date.UTC(2027, 2, 15, 22)).text).toBe('Closed now, opens tomorrow at 8:30 am')
  })

  it('opens at 8:30 local on the Monday after the fall-back Sunday', () => {
    expect(status(Date.UTC(2027, 10, 8, 4)).text).toBe('Closed now, opens tomorrow at 8:30 am') // Sun 23:00 EST
    expect(status(Date.UTC(2027, 10, 8, 12, 30)).text).toBe('Closed now, opens today at 8:30 am') // 07:30 EST
    expect(status(Date.UTC(2027, 10, 8, 13, 30)).text).toBe('Open now, until 6 pm')
    expect(status(Date.UTC(2027, 10, 8, 22, 59)).result.kind).toBe('open')
    expect(status(Date.UTC(2027, 10, 8, 23)).result.kind).toBe('closed')
  })

  describe('a closure over a long weekend, Friday to Monday', () => {
    const july4: Closure = {from: '2027-07-02', to: '2027-07-05', note: 'Independence Day'}

    it('is closed all of every day it covers, by Asheville’s calendar', () => {
      expect(status(Date.UTC(2027, 6, 2, 14), [july4])).toEqual({
        result: {kind: 'closed-today', closure: july4},
        text: 'Closed today (Independence Day)',
      })
      expect(status(Date.UTC(2027, 6, 3, 14), [july4]).text).toBe('Closed today (Independence Day)') // Saturday
      expect(status(Date.UTC(2027, 6, 5, 14), [july4]).text).toBe('Closed today (Independence Day)') // Monday
      expect(status(Date.UTC(2027, 6, 6, 3, 59), [july4]).text).toBe('Closed today (Independence Day)') // Mon 23:59
    })

    it('is open again on Tuesday', () => {
      expect(status(Date.UTC(2027, 6, 6, 4), [july4]).text).toBe('Closed now, opens today at 8:30 am') // Tue 00:00
      expect(status(Date.UTC(2027, 6, 6, 14), [july4]).text).toBe('Open now, until 6 pm')
    })

    it('skips the closure when it names the next opening', () => {
      expect(status(Date.UTC(2027, 6, 1, 22), [july4]).result).toEqual({
        kind: 'closed',
        opens: {date: '2027-07-06', weekday: 'tuesday', time: '08:30'},
      })
      expect(status(Date.UTC(2027, 6, 1, 22), [july4]).text).toBe('Closed now, opens Tuesday at 8:30 am')
    })

    it('finds the closure for a day, or none', () => {
      expect(closureOn('2027-07-02', [july4])).toBe(july4)
      expect(closureOn('2027-07-05', [july4])).toBe(july4)
      expect(closureOn('2027-07-06', [july4])).toBeUndefined()
    })
  })

  it('gives the date of an opening a week or more away, and none past two weeks', () => {
    const week: Closure = {from: '2027-12-20', to: '2027-12-24', note: 'Winter break'}
    expect(status(Date.UTC(2027, 11, 17, 21), [week]).text).toBe('Closed now, opens Monday, December 27 at 8:30 am')
    const fortnight: Closure = {from: '2027-12-20', to: '2027-12-31', note: 'Winter break'}
    expect(status(Date.UTC(2027, 11, 17, 21), [fortnight])).toEqual({
      result: {kind: 'closed', opens: null},
      text: 'Closed now',
    })
  })

  it('says only "Closed today" for a closure without a note', () => {
    expect(status(Date.UTC(2027, 6, 2, 14), [{from: '2027-07-02', to: '2027-07-02', note: ' '}]).text).toBe(
      'Closed today',
    )
  })

  it('treats touching spans as one and a lunch break as closed', () => {
    const joined: OfficeHours[] = [
      {days: ['monday'], opens: '12:00', closes: '17:00'},
      {days: ['monday'], opens: '09:00', closes: '12:00'},
    ]
    expect(status(Date.UTC(2027, 5, 7, 15), [], joined).text).toBe('Open now, until 5 pm') // 11:00
    const lunch: OfficeHours[] = [
      {days: ['monday'], opens: '09:00', closes: '12:00'},
      {...joined[0], opens: '13:00'},
    ]
    expect(status(Date.UTC(2027, 5, 7, 16, 30), [], lunch).text).toBe('Closed now, opens today at 1 pm') // 12:30
  })

  it('is closed with no opening when there are no hours', () => {
    expect(status(Date.UTC(2027, 5, 7, 15), [], []).result).toEqual({kind: 'closed', opens: null})
  })
})

describe('closure notices', () => {
  const thanksgiving: Closure = {from: '2027-11-25', to: '2027-11-26', note: 'Thanksgiving'}
  const opensAt = Date.UTC(2027, 10, 18, 5) // Thu 18 Nov, 00:00 EST: seven days before
  const closesAt = Date.UTC(2027, 10, 27, 5) // Sat 27 Nov, 00:00 EST: the day after

  it('shows a closure from local midnight a week before until local midnight after it', () => {
    expect(closureNotices(opensAt - 1, [thanksgiving])).toEqual([])
    expect(closureNotices(opensAt, [thanksgiving])).toEqual([thanksgiving])
    expect(closureNotices(closesAt - 1, [thanksgiving])).toEqual([thanksgiving])
    expect(closureNotices(closesAt, [thanksgiving])).toEqual([])
  })

  it('takes another lead time', () => {
    expect(closureNotices(Date.UTC(2027, 10, 25, 4, 59), [thanksgiving], 0)).toEqual([])
    expect(closureNotices(Date.UTC(2027, 10, 25, 5), [thanksgiving], 0)).toEqual([thanksgiving])
  })

  it('keeps to local midnight when the window spans the spring change', () => {
    const training: Closure = {from: '2027-03-16', to: '2027-03-16', note: 'Staff training'}
    expect(closureNoticeBoundaries([training])).toEqual([Date.UTC(2027, 2, 9, 5), Date.UTC(2027, 2, 17, 4)])
  })

  it('lists the closures in date order', () => {
    const retreat: Closure = {from: '2027-11-22', to: '2027-11-22', note: 'Staff retreat'}
    expect(closureNotices(Date.UTC(2027, 10, 20, 12), [thanksgiving, retreat])).toEqual([retreat, thanksgiving])
  })

  it('lists every instant the notices change, once each, in order', () => {
    // The move's notice starts (27 Nov) the moment Thanksgiving's ends.
    const move: Closure = {from: '2027-12-04', to: '2027-12-04', note: 'Moving offices'}
    const closures = [move, thanksgiving]
    const boundaries = closureNoticeBoundaries(closures)
    expect(boundaries).toEqual([opensAt, closesAt, Date.UTC(2027, 11, 5, 5)])
    for (const at of boundaries) {
      expect(closureNotices(at, closures)).not.toEqual(closureNotices(at - 1, closures))
    }
    expect(closureNotices(closesAt, closures)).toEqual([move])
  })
})

describe('nextMeetings', () => {
  it('keeps a 9:00 meeting at 9:00 local on the Monday after spring forward', () => {
    expect(nextMeetings(Date.UTC(2027, 2, 11, 12), [IOP], 4)).toEqual([
      {start: Date.UTC(2027, 2, 11, 14), end: Date.UTC(2027, 2, 11, 17)}, // Thu, EST
      {start: Date.UTC(2027, 2, 15, 13), end: Date.UTC(2027, 2, 15, 16)}, // Mon, EDT
      {start: Date.UTC(2027, 2, 17, 13), end: Date.UTC(2027, 2, 17, 16)},
      {start: Date.UTC(2027, 2, 18, 13), end: Date.UTC(2027, 2, 18, 16)},
    ])
  })

  it('keeps a 9:00 meeting at 9:00 local on the Monday after fall back', () => {
    expect(nextMeetings(Date.UTC(2027, 10, 7, 12), [IOP], 2)).toEqual([
      {start: Date.UTC(2027, 10, 8, 14), end: Date.UTC(2027, 10, 8, 17)},
      {start: Date.UTC(2027, 10, 10, 14), end: Date.UTC(2027, 10, 10, 17)},
    ])
  })

  it('includes a meeting in progress until its last minute', () => {
    expect(nextMeetings(Date.UTC(2027, 2, 15, 15, 59), [IOP], 1)).toEqual([
      {start: Date.UTC(2027, 2, 15, 13), end: Date.UTC(2027, 2, 15, 16)},
    ])
    expect(nextMeetings(Date.UTC(2027, 2, 15, 16), [IOP], 1)).toEqual([
      {start: Date.UTC(2027, 2, 17, 13), end: Date.UTC(2027, 2, 17, 16)},
    ])
  })

  it('ends a meeting past midnight on the next local day', () => {
    const lateFriday: Meeting = {days: ['friday'], start: '22:00', end: '01:00'}
    // Saturday 00:30 EDT: Friday's meeting is still running.
    const [running, following] = nextMeetings(Date.UTC(2027, 5, 12, 4, 30), [lateFriday], 2)
    expect(running).toEqual({start: Date.UTC(2027, 5, 12, 2), end: Date.UTC(2027, 5, 12, 5)})
    expect(localParts(running.end)).toEqual({date: '2027-06-12', weekday: 'saturday', minutes: 60})
    expect(following).toEqual({start: Date.UTC(2027, 5, 19, 2), end: Date.UTC(2027, 5, 19, 5)})
  })

  it('places an evening meeting on its local day though it crosses midnight UTC', () => {
    const evening: Meeting = {days: ['monday'], start: '19:00', end: '21:00'}
    const [meeting] = nextMeetings(Date.UTC(2027, 5, 7, 12), [evening], 1)
    expect(meeting).toEqual({start: Date.UTC(2027, 5, 7, 23), end: Date.UTC(2027, 5, 8, 1)})
    expect(new Date(meeting.end).getUTCDay()).toBe(2) // Tuesday in UTC
    expect(localParts(meeting.start)).toMatchObject({date: '2027-06-07', weekday: 'monday'})
    // 20:30 Monday in Asheville, already Tuesday in UTC: the meeting is still on.
    expect(nextMeetings(Date.UTC(2027, 5, 8, 0, 30), [evening], 1)).toEqual([meeting])
    expect(nextMeetings(Date.UTC(2027, 5, 8, 1), [evening], 1)).toEqual([
      {start: Date.UTC(2027, 5, 14, 23), end: Date.UTC(2027, 5, 15, 1)},
    ])
  })

  it('interleaves several meetings in time order', () => {
    const evening: Meeting = {days: ['monday'], start: '19:00', end: '21:00'}
    expect(nextMeetings(Date.UTC(2027, 5, 7, 12), [evening, IOP], 3)).toEqual([
      {start: Date.UTC(2027, 5, 7, 13), end: Date.UTC(2027, 5, 7, 16)},
      {start: Date.UTC(2027, 5, 7, 23), end: Date.UTC(2027, 5, 8, 1)},
      {start: Date.UTC(2027, 5, 9, 13), end: Date.UTC(2027, 5, 9, 16)},
    ])
  })

  it('finds nothing when asked for none or when no meeting names a day', () => {
    expect(nextMeetings(Date.UTC(2027, 5, 7, 12), [IOP], 0)).toEqual([])
    expect(nextMeetings(Date.UTC(2027, 5, 7, 12), [{...IOP, days: []}], 3)).toEqual([])
  })
})

describe('describing the week', () => {
  it('describes meetings with their days in week order', () => {
    expect(
      describeMeetings([
        {days: ['thursday', 'monday', 'wednesday'], start: '09:00', end: '12:00'},
        {days: ['friday', 'monday', 'monday'], start: '18:30', end: '20:00'},
        {days: ['tuesday'], start: '12:00', end: '13:15'},
      ]),
    ).toEqual([
      'Mondays, Wednesdays and Thursdays, 9 am to 12 pm',
      'Mondays and Fridays, 6:30 pm to 8 pm',
      'Tuesdays, 12 pm to 1:15 pm',
    ])
  })

  it('describes office hours with runs of days', () => {
    expect(
      describeWeeklyHours([
        ...HOURS,
        {days: ['wednesday', 'monday'], opens: '10:00', closes: '14:00'},
        {days: ['saturday', 'monday', 'thursday', 'tuesday', 'friday'], opens: '07:00', closes: '12:00'},
      ]),
    ).toEqual([
      {days: 'Monday to Thursday', hours: '8:30 am to 6 pm'},
      {days: 'Friday', hours: '9 am to 3 pm'},
      {days: 'Monday, Wednesday', hours: '10 am to 2 pm'},
      {days: 'Monday, Tuesday, Thursday to Saturday', hours: '7 am to 12 pm'},
    ])
  })
})
