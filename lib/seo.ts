import type {Metadata} from 'next'
import {publicEnv} from './env'

export const SITE_NAME = 'Resilient Mind Counseling'
export const DEFAULT_DESCRIPTION =
  'Intensive Outpatient Program and group therapy for mental health and addiction recovery in Asheville, North Carolina.'

export function absoluteUrl(path: string): string {
  return new URL(path, publicEnv.NEXT_PUBLIC_SITE_URL).toString()
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

/** Title (the layout adds "| Resilient Mind Counseling"), canonical URL, Open Graph and Twitter. */
export function pageMetadata({title, description, path, type = 'website', noindex, publishedTime, modifiedTime}: PageMeta): Metadata {
  const text = description ?? DEFAULT_DESCRIPTION
  return {
    title,
    description: text,
    alternates: {canonical: absoluteUrl(path)},
    openGraph: {
      title,
      description: text,
      url: absoluteUrl(path),
      siteName: SITE_NAME,
      type,
      locale: 'en_US',
      ...(publishedTime ? {publishedTime} : {}),
      ...(modifiedTime ? {modifiedTime} : {}),
    },
    twitter: {card: 'summary_large_image', title, description: text},
    ...(noindex ? {robots: {index: false, follow: true}} : {}),
  }
}
