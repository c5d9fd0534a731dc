import {describe, expect, it} from '@jest/globals'
import {parseAppointment} from '../../../lib/contact/schema.ts'

const good = {
  name: 'Sam Rivera',
  phone: '828-555-0199',
  email: '',
  preferredContact: 'phone',
  service: 'intensive-outpatient-program',
  bestTimes: 'Weekday mornings',
  note: '',
  website: '',
}

describe('the appointment form schema', () => {
  it('accepts what the office needs and drops empty optional fields', () => {
    expect(parseAppointment(good)).toEqual({
      ok: true,
      isBot: false,
      request: {
        name: 'Sam Rivera',
        phone: '828-555-0199',
        preferredContact: 'phone',
        service: 'intensive-outpatient-program',
        bestTimes: 'Weekday mornings',
      },
    })
  })

  it('explains each problem next to its field', () => {
    const result = parseAppointment({
      ...good,
      name: ' ',
      phone: 'call me',
      email: 'not-an-email',
      service: 'astrology',
      note: 'x'.repeat(501),
    })
    expect(result).toEqual({
      ok: false,
      errors: {
        name: 'Please tell us your name.',
        phone: 'Please enter a phone number, e.g. 828-555-0142.',
        email: 'Please enter an email address, e.g. name@example.com.',
        service: 'Choose the service you are asking about, or “Not sure yet”.',
        note: 'Please keep the note under 500 characters.',
      },
    })
  })

  it('needs the contact detail for the method chosen', () => {
    expect(parseAppointment({...good, phone: ''})).toMatchObject({
      ok: false,
      errors: {phone: expect.stringMatching(/phone number/)},
    })
    expect(parseAppointment({...good, preferredContact: 'email'})).toMatchObject({
      ok: false,
      errors: {email: expect.stringMatching(/email/)},
    })
    expect(parseAppointment({...good, preferredContact: ''})).toMatchObject({
      ok: false,
      errors: {preferredContact: expect.any(String)},
    })
    expect(parseAppointment({...good, preferredContact: 'email', email: 'sam@example.com'})).toMatchObject({ok: true})
  })

  it('flags a filled-in honeypot as a bot', () => {
    expect(parseAppointment({...good, website: 'https://spam.example'})).toMatchObject({ok: true, isBot: true})
  })
})
