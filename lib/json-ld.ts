import {streetLine, type PostalAddress} from './format.ts'
import {absoluteUrl} from './seo.ts'
import {SITE_NAME} from './site.ts'
import {routes} from './routes.ts'

export type JsonLd = Record<string, unknown>

/**
 * JSON for a `<script type="application/ld+json">`. Content can contain "</script>" or "<!--";
 * escaping <, > and & (and the line separators JavaScript treats as newlines) keeps any text
 * inside the script element while staying the same JSON.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

type PersonInput = {name: string; slug: string; credentials?: readonly string[] | null}

export function personJsonLd(person: PersonInput & {image?: string | null; licenseNumber?: string | null}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: person.name,
    url: absoluteUrl(routes.clinician(person.slug)),
    ...(person.image ? {image: person.image} : {}),
    worksFor: {'@type': 'MedicalBusiness', name: SITE_NAME},
    hasCredential: (person.credentials ?? []).map((credential) => ({
      '@type': 'EducationalOccupationalCredential',
      credentialCategory: 'license',
      name: credential,
      ...(person.licenseNumber ? {identifier: person.licenseNumber} : {}),
    })),
  }
}

type PostingInput = {
  title: string
  slug: string
  excerpt?: string | null
  publishedAt: string
  updatedAt?: string | null
  image?: string | null
  author?: PersonInput | null
}

export function blogPostingJsonLd(post: PostingInput): JsonLd {
  const url = absoluteUrl(routes.post(post.slug))
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    ...(post.excerpt ? {description: post.excerpt} : {}),
    ...(post.image ? {image: [post.image]} : {}),
    datePublished: post.publishedAt,
    dateModified: post.updatedAt ?? post.publishedAt,
    mainEntityOfPage: {'@type': 'WebPage', '@id': url},
    url,
    ...(post.author
      ? {author: {'@type': 'Person', name: post.author.name, url: absoluteUrl(routes.clinician(post.author.slug))}}
      : {}),
    publisher: {'@type': 'Organization', name: SITE_NAME, url: absoluteUrl(routes.home)},
  }
}

export function breadcrumbJsonLd(items: {name: string; path: string}[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: absoluteUrl(item.path),
    })),
  }
}

export function faqPageJsonLd(faq: {question: string; answer: string}[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: faq.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: {'@type': 'Answer', text: item.answer},
    })),
  }
}

type PracticeInput = {
  practiceName: string
  address: PostalAddress
  phone?: string | null
  email?: string | null
  hours?: {days: string; hours: string}[] | null
}

type OpeningHours = {'@type': 'OpeningHoursSpecification'; dayOfWeek: string[]; opens: string; closes: string}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

/**
 * Reads office hours as the office writes them ("Monday–Thursday", "8:30 am – 6:00 pm") into
 * schema.org's form; a line it cannot read is left out of the JSON-LD (the page still shows it).
 */
export function openingHoursSpecification(hours: {days: string; hours: string}[]): OpeningHours[] {
  return hours.flatMap(({days, hours: span}) => {
    const range = days
      .split(/\s*[–-]\s*/)
      .map((day) => DAYS.findIndex((d) => d.toLowerCase().startsWith(day.trim().toLowerCase().slice(0, 3))))
    const times = span.split(/\s*[–-]\s*/).map(to24h)
    if (range.some((i) => i < 0) || times.length !== 2 || times.some((t) => t === null)) return []
    const [first, last = first] = range
    return [
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: DAYS.slice(first, last + 1),
        opens: times[0] as string,
        closes: times[1] as string,
      },
    ]
  })
}

function to24h(time: string): string | null {
  const match = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)$/i.exec(time.trim())
  if (!match) return null
  const hour = (Number(match[1]) % 12) + (match[3].toLowerCase() === 'pm' ? 12 : 0)
  return `${String(hour).padStart(2, '0')}:${match[2] ?? '00'}`
}

export function medicalBusinessJsonLd(practice: PracticeInput, geo: {latitude: number; longitude: number}): JsonLd {
  const {address} = practice
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalBusiness',
    name: practice.practiceName,
    url: absoluteUrl(routes.home),
    ...(practice.phone ? {telephone: practice.phone} : {}),
    ...(practice.email ? {email: practice.email} : {}),
    address: {
      '@type': 'PostalAddress',
      streetAddress: streetLine(address),
      addressLocality: address.city,
      addressRegion: address.state,
      postalCode: address.postalCode,
      addressCountry: 'US',
    },
    geo: {'@type': 'GeoCoordinates', latitude: geo.latitude, longitude: geo.longitude},
    openingHoursSpecification: openingHoursSpecification(practice.hours ?? []),
  }
}
