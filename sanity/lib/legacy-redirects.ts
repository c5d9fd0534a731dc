import 'server-only'
import type {LegacyAddress} from '../../lib/legacy-address.ts'
import {routes} from '../../lib/routes.ts'
import {defineQuery} from 'groq'
import {fetchBeforeRender} from './client.ts'
import {visiblePost} from './groq-fragments.ts'

// proxy.ts answers the previous site's URLs (/{slug}/, /?p={id}, /category/{slug}/) with a real
// 308 before any page renders; a page can only redirect by streaming, which would commit a 200
// first. It asks the Content Lake where an old address now lives and remembers each answer briefly.

// The previous site's addresses: a post's current slug, an old one (sanity/lib/slug-history.ts)
// or its WordPress slug (kept by the importer, so a post renamed since still answers), its
// WordPress id, a category's slug.
const legacyPostBySlugQuery = defineQuery(`
  *[${visiblePost} && (slug.current == $key || wordpress.slug == $key || $key in previousSlugs)]
    | order(slug.current == $key desc, publishedAt desc) [0].slug.current
`)

const legacyPostByIdQuery = defineQuery(`
  *[${visiblePost} && wordpress.id == $id] | order(publishedAt desc) [0].slug.current
`)

const legacyCategoryQuery = defineQuery(`
  *[_type == "category" && defined(slug.current) && (slug.current == $key || wordpress.slug == $key || $key in previousSlugs)]
    | order(slug.current == $key desc) [0].slug.current
`)

const TTL_MS = 10_000
const MAX_REMEMBERED = 1_000
const remembered = new Map<string, {at: number; path: Promise<string | null | undefined>}>()

function lookup(address: LegacyAddress): Promise<unknown> {
  switch (address.kind) {
    case 'post-slug':
      return fetchBeforeRender(legacyPostBySlugQuery, {key: address.key})
    case 'post-id':
      return fetchBeforeRender(legacyPostByIdQuery, {id: address.id})
    case 'category':
      return fetchBeforeRender(legacyCategoryQuery, {key: address.key})
  }
}

/**
 * The path an old address moved to; null when nothing lives there, undefined when the Content
 * Lake cannot be asked (the request then goes on to the page it names).
 */
export function legacyTarget(address: LegacyAddress, now = Date.now()): Promise<string | null | undefined> {
  const cacheKey = JSON.stringify(address)
  const known = remembered.get(cacheKey)
  if (known && now - known.at < TTL_MS) return known.path
  const path = lookup(address)
    .then((slug) => {
      if (typeof slug !== 'string') return null
      return address.kind === 'category' ? routes.category(slug) : routes.post(slug)
    })
    .catch((error: unknown) => {
      console.error(`[content] old address lookup unavailable: ${(error as Error).message}`)
      return undefined
    })
  remembered.delete(cacheKey)
  remembered.set(cacheKey, {at: now, path})
  if (remembered.size > MAX_REMEMBERED) remembered.delete(remembered.keys().next().value as string)
  return path
}
