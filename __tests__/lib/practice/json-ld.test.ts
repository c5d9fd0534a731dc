import {describe, expect, it} from '@jest/globals'
import {groupJsonLd, practiceJsonLd} from '../../../lib/practice/json-ld.ts'
import {schemaOrgProblems} from '../../helpers/schema-org.ts'

const address = {street: '41 Clayton St.', suite: '#300', city: 'Asheville', state: 'NC', postalCode: '28801'}
const practice = {
  practiceName: 'Resilient Mind Counseling PLLC',
  address,
  phone: '(828) 555-0142',
  email: 'hello@example.org',
  officeHours: [{days: ['monday' as const, 'tuesday' as const], opens: '08:30', closes: '18:00'}],
  closures: [{from: '2026-11-26', to: '2026-11-27', note: 'Thanksgiving'}],
  location: {lat: 35.5946, lng: -82.5566},
  acceptingNewClients: true,
}
const group = {
  title: 'IOP morning group',
  audience: 'Adults who need more than weekly therapy.',
  format: 'both' as const,
  meetings: [{days: ['monday' as const, 'thursday' as const], start: '09:00', end: '12:00'}],
  nextStart: '2026-12-21',
  lengthWeeks: 10,
  facilitators: [{name: 'Maya Ellison', slug: 'maya-ellison'}],
}

describe('the practice in schema.org terms', () => {
  it('describes the practice with hours, closures and new clients in properties schema.org defines for it', () => {
    const data = practiceJsonLd(practice)
    expect(schemaOrgProblems(data)).toEqual([])
    expect(data).toMatchObject({
      '@type': 'MedicalClinic',
      isAcceptingNewPatients: true,
      openingHoursSpecification: [
        {dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Tuesday'], opens: '08:30', closes: '18:00'},
      ],
      specialOpeningHoursSpecification: [
        {opens: '00:00', closes: '00:00', validFrom: '2026-11-26', validThrough: '2026-11-27'},
      ],
      geo: {latitude: 35.5946, longitude: -82.5566},
    })
  })

  it('describes a group as a weekly event series in properties schema.org defines for it', () => {
    const data = groupJsonLd(group, {practiceName: practice.practiceName, address})
    expect(schemaOrgProblems(data)).toEqual([])
    expect(data).toMatchObject({
      '@type': 'EventSeries',
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      eventSchedule: [{byDay: ['https://schema.org/Monday', 'https://schema.org/Thursday'], repeatFrequency: 'P1W'}],
    })
    expect(schemaOrgProblems(groupJsonLd({...group, format: 'telehealth'}, {...practice}))).toEqual([])
  })

  it('is checked against the vocabulary, which refuses what schema.org does not define', () => {
    // MedicalBusiness is not a MedicalOrganization: it may not say whether it takes new patients.
    expect(schemaOrgProblems({'@type': 'MedicalBusiness', isAcceptingNewPatients: true})).toEqual([
      '$.isAcceptingNewPatients: schema.org does not allow it on MedicalBusiness',
    ])
    expect(schemaOrgProblems({'@type': 'Schedule', byDay: ['https://schema.org/Mondays']})).toEqual([
      '$.byDay[0]: https://schema.org/Mondays is not a schema.org term',
    ])
    expect(schemaOrgProblems({'@type': 'TherapyGroup'})).toEqual(['$: TherapyGroup is not a schema.org type'])
  })
})
