import type {Metadata} from 'next'
import {publicEnv} from './env.ts'
import {cutAtWord} from './excerpt.ts'
import {routes} from './routes.ts'
import {SITE_NAME} from './site.ts'

export const DEFAULT_DESCRIPTION =
  'Intensive Outpatient Program and group therapy for mental health and addiction recovery in Asheville, North Carolina.'

export function absoluteUrl(path: string): string {
  return new URL(path, publicEnv.NEXT_PUBLIC_SITE_URL).toString()
}

export const TITLE_SUFFIX = ` | ${SITE_NAME}`
const MAX_TITLE = 60
const MAX_DESCRIPTION = 160

/**
 * A document title under 60 characters: "<title> | Resilient Mind Counseling" when it fits, the
 * title alone when only that fits, else the title cut at a word.
 */
export function documentTitle(title: string): string {
  if (title.length + TITLE_SUFFIX.length < MAX_TITLE) return `${title}${TITLE_SUFFIX}`
  return title.length < MAX_TITLE ? title : cutAtWord(title, MAX_TITLE - 2)
}

/** The practice's card for shared links (app/share-card.png); articles draw their own. */
export const SHARE_CARD = {
  url: routes.shareCard,
  width: 1200,
  height: 630,
  alt: 'The practice’s mark and name, with what it offers and where',
}

type PageMeta = {
  title: string
  description?: string | null
  path: string
  type?: 'website' | 'article'
  noindex?: boolean
  publishedTime?: string
  modifiedTime?: string
}

/** An absolute title (documentTitle adds the site's name when it fits), canonical URL, Open Graph and Twitter. */
export function pageMetadata({
  title,
  description,
  path,
  type = 'website',
  noindex,
  publishedTime,
  modifiedTime,
}: PageMeta): Metadata {
  const text = cutAtWord(description || DEFAULT_DESCRIPTION, MAX_DESCRIPTION)
  // An article's card is its opengraph-image file, which Next puts in place of this.
  const card = type === 'website' ? {images: [SHARE_CARD]} : {}
  return {
    title: {absolute: documentTitle(title)},
    description: text,
    alternates: {canonical: absoluteUrl(path)},
    openGraph: {
      title,
      description: text,
      url: absoluteUrl(path),
      siteName: SITE_NAME,
      type,
      locale: 'en_US',
      ...card,
      ...(publishedTime ? {publishedTime} : {}),
      ...(modifiedTime ? {modifiedTime} : {}),
    },
    twitter: {
      card: 'summary_large_image',
      title,
      description: text,
      ...card,
    },
    ...(noindex ? {robots: {index: false, follow: true}} : {}),
  }
}
