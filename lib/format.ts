// The practice is in Asheville; dates read as they do there, whatever the server's zone.
const dateFormat = new Intl.DateTimeFormat('en-US', {dateStyle: 'long', timeZone: 'America/New_York'})

export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso))
}

export function formatAddress(address: {street: string; suite?: string | null; city: string; state: string; postalCode: string}) {
  const street = address.suite ? `${address.street} ${address.suite}` : address.street
  return `${street}, ${address.city}, ${address.state} ${address.postalCode}`
}

/** `tel:` form of a phone number as people write it. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`
}
