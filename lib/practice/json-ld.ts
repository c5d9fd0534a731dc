import {streetLine, type PostalAddress} from '../format.ts'
import type {JsonLd} from '../json-ld.ts'
import {absoluteUrl} from '../seo.ts'
import {routes} from '../routes.ts'
import {PRACTICE_TIME_ZONE, type Closure, type Meeting, type OfficeHours, type Weekday} from './hours.ts'
import type {GroupFormat} from './options.ts'

// The practice and its groups in schema.org's words, for search engines. The practice is a
// MedicalClinic: a MedicalBusiness (opening hours) and a MedicalOrganization, the only kind that
// may say isAcceptingNewPatients. A group is an EventSeries meeting on a weekly Schedule.
// __tests__/lib/practice/json-ld.test.ts checks every type and property against schema.org's
// vocabulary.

const dayName = (day: Weekday) => day[0].toUpperCase() + day.slice(1)
const dayUri = (day: Weekday) => `https://schema.org/${dayName(day)}`

const postalAddress = (address: PostalAddress) => ({
  '@type': 'PostalAddress',
  streetAddress: streetLine(address),
  addressLocality: address.city,
  addressRegion: address.state,
  postalCode: address.postalCode,
  addressCountry: 'US',
})

type PracticeInput = {
  practiceName: string
  address: PostalAddress
  phone?: string | null
  email?: string | null
  officeHours: OfficeHours[]
  closures: Closure[]
  location?: {lat: number; lng: number} | null
  /** Some clinician takes new clients now. */
  acceptingNewClients: boolean
}

/** A closed day in schema.org's form: opening and closing at midnight, valid for those days. */
const closedDays = (closure: Closure) => ({
  '@type': 'OpeningHoursSpecification',
  opens: '00:00',
  closes: '00:00',
  validFrom: closure.from,
  validThrough: closure.to,
  description: closure.note,
})

export function practiceJsonLd(practice: PracticeInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalClinic',
    name: practice.practiceName,
    url: absoluteUrl(routes.home),
    ...(practice.phone ? {telephone: practice.phone} : {}),
    ...(practice.email ? {email: practice.email} : {}),
    address: postalAddress(practice.address),
    ...(practice.location
      ? {geo: {'@type': 'GeoCoordinates', latitude: practice.location.lat, longitude: practice.location.lng}}
      : {}),
    openingHoursSpecification: practice.officeHours.map((hours) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: hours.days.map(dayUri),
      opens: hours.opens,
      closes: hours.closes,
    })),
    specialOpeningHoursSpecification: practice.closures.map(closedDays),
    isAcceptingNewPatients: practice.acceptingNewClients,
  }
}

const ATTENDANCE: Record<GroupFormat, string> = {
  office: 'https://schema.org/OfflineEventAttendanceMode',
  telehealth: 'https://schema.org/OnlineEventAttendanceMode',
  both: 'https://schema.org/MixedEventAttendanceMode',
}

type GroupInput = {
  title: string
  audience: string
  format: GroupFormat
  meetings: Meeting[]
  nextStart?: string | null
  lengthWeeks?: number | null
  facilitators: {name: string; slug: string}[]
}

export function groupJsonLd(group: GroupInput, practice: {practiceName: string; address: PostalAddress}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'EventSeries',
    name: group.title,
    description: group.audience,
    eventAttendanceMode: ATTENDANCE[group.format],
    ...(group.nextStart ? {startDate: group.nextStart} : {}),
    eventSchedule: group.meetings.map((meeting) => ({
      '@type': 'Schedule',
      byDay: meeting.days.map(dayUri),
      startTime: meeting.start,
      endTime: meeting.end,
      repeatFrequency: 'P1W',
      scheduleTimezone: PRACTICE_TIME_ZONE,
      ...(group.nextStart ? {startDate: group.nextStart} : {}),
      ...(group.lengthWeeks ? {repeatCount: group.lengthWeeks} : {}),
    })),
    location:
      group.format === 'telehealth'
        ? {'@type': 'VirtualLocation', name: 'Telehealth'}
        : {
            '@type': 'Place',
            name: practice.practiceName,
            address: postalAddress(practice.address),
          },
    organizer: {'@type': 'MedicalClinic', name: practice.practiceName, url: absoluteUrl(routes.home)},
    performer: group.facilitators.map((person) => ({
      '@type': 'Person',
      name: person.name,
      url: absoluteUrl(routes.clinician(person.slug)),
    })),
  }
}
