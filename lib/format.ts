import {PRACTICE_TIME_ZONE} from './site.ts'

const dateFormat = new Intl.DateTimeFormat('en-US', {dateStyle: 'long', timeZone: PRACTICE_TIME_ZONE})

export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso))
}

export type PostalAddress = {street: string; suite?: string | null; city: string; state: string; postalCode: string}

/** The street line, with the suite when there is one. */
export function streetLine(address: PostalAddress): string {
  return address.suite ? `${address.street} ${address.suite}` : address.street
}

export function formatAddress(address: PostalAddress): string {
  return `${streetLine(address)}, ${address.city}, ${address.state} ${address.postalCode}`
}

/** A person's name followed by their credentials: "Maya Ellison, LCSW, LCAS". */
export function nameWithCredentials(person: {name: string; credentials?: string[] | null}): string {
  return [person.name, ...(person.credentials ?? [])].join(', ')
}

/** `tel:` form of a phone number as people write it. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`
}
