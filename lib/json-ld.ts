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
