import {z} from 'zod'
import {SITE_SEGMENTS} from './routes.ts'

export type LegacyAddress =
  {kind: 'post-slug'; key: string} | {kind: 'post-id'; id: number} | {kind: 'category'; key: string}

// WordPress slugs may hold any character (non-Latin titles are kept percent-encoded); they are
// only ever a GROQ parameter here, so length and the absence of a slash are what matter.
const oldSlug = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^/\\]+$/)
const postId = z
  .string()
  .regex(/^[1-9][0-9]{0,11}$/)
  .transform(Number)

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment).normalize('NFC')
  } catch {
    return null
  }
}

/** Which old WordPress address a request is, if any: /{slug}, /?p={id}, /category/{slug}, /tag/{slug}. */
export function legacyAddress(pathname: string, search: URLSearchParams): LegacyAddress | null {
  if (pathname === '/') {
    const id = postId.safeParse(search.get('p'))
    return id.success ? {kind: 'post-id', id: id.data} : null
  }
  const taxonomy = /^\/(?:category|tag)\/([^/]+)$/.exec(pathname)
  if (taxonomy) {
    const key = oldSlug.safeParse(decoded(taxonomy[1]))
    return key.success ? {kind: 'category', key: key.data} : null
  }
  const segment = /^\/([^/]+)$/.exec(pathname)?.[1]
  if (!segment || SITE_SEGMENTS.has(segment) || segment.includes('.')) return null
  const key = oldSlug.safeParse(decoded(segment))
  return key.success ? {kind: 'post-slug', key: key.data} : null
}
