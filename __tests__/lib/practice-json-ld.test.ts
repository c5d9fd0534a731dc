import {describe, expect, it} from '@jest/globals'
import {medicalBusinessJsonLd, openingHoursSpecification, serializeJsonLd} from '../../lib/json-ld.ts'

const practice = {
  practiceName: 'Resilient Mind Counseling PLLC',
  address: {street: '41 Clayton St.', suite: '#300', city: 'Asheville', state: 'NC', postalCode: '28801'},
  phone: '(828) 555-0142',
  hours: [
    {days: 'Monday–Thursday', hours: '8:30 am – 6:00 pm'},
    {days: 'Friday', hours: '8:30 am – 3:00 pm'},
    {days: 'Weekends', hours: 'by arrangement'},
  ],
}

describe('practice JSON-LD', () => {
  it('describes the practice as a MedicalBusiness with address, geo and telephone', () => {
    const data = medicalBusinessJsonLd(practice, {latitude: 35.59, longitude: -82.55})
    expect(data).toMatchObject({
      '@type': 'MedicalBusiness',
      name: 'Resilient Mind Counseling PLLC',
      telephone: '(828) 555-0142',
      address: {
        streetAddress: '41 Clayton St. #300',
        addressLocality: 'Asheville',
        addressRegion: 'NC',
        postalCode: '28801',
      },
      geo: {'@type': 'GeoCoordinates', latitude: 35.59, longitude: -82.55},
    })
    expect(JSON.parse(serializeJsonLd(data)).name).toBe('Resilient Mind Counseling PLLC')
  })

  it('reads office hours as the office writes them, leaving out lines it cannot read', () => {
    expect(openingHoursSpecification(practice.hours)).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday'],
        opens: '08:30',
        closes: '18:00',
      },
      {'@type': 'OpeningHoursSpecification', dayOfWeek: ['Friday'], opens: '08:30', closes: '15:00'},
    ])
  })
})
