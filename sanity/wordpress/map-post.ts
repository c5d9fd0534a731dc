import {cutAtWord} from '../../lib/excerpt.ts'
import {wordpressHtmlToBlocks, type PendingImage} from './html-to-blocks.ts'
import {decodeEntities, isSiteSlug, seoTemplate, slugify, textOf, wordpressDate} from './text.ts'
import type {WxrRecord} from './wxr.ts'

export type Attachment = {url: string; alt?: string}
export type Author = {login: string; name: string}
export type Term = {slug: string; name: string}

/** What the whole export says, gathered in a first pass: the site, authors, terms, attachments. */
export type ExportIndex = {
  siteUrl: string
  siteTitle: string
  authors: Map<string, Author>
  terms: Map<string, Term>
  attachments: Map<string, Attachment>
}

export type MappedPost = {
  /** `wp-post-<id>`, or `drafts.wp-post-<id>` for a draft. */
  id: string
  publishedId: string
  status: 'published' | 'scheduled' | 'draft'
  fields: Record<string, unknown>
  /** Categories and tags, both imported as categories; `domain` decides the old URL. */
  terms: {slug: string; domain: 'category' | 'post_tag'}[]
  authorLogin: string
  /** Images still to be found in the uploads: the main image and those in the body. */
  mainImage?: PendingImage
  changes: string[]
  wordpressSlug: string
}

const INCLUDED_STATUSES: Record<string, MappedPost['status']> = {
  publish: 'published',
  future: 'scheduled',
  draft: 'draft',
  pending: 'draft',
}

/** Why an item is left out, or null for a post that is imported. */
export function reasonToSkip(item: WxrRecord): string | null {
  const type = item.fields['wp:post_type'] ?? ''
  const status = item.fields['wp:status'] ?? ''
  if (type !== 'post') return `not a post (WordPress type "${type || 'none'}")`
  if (status === 'trash') return 'in the trash'
  if (status === 'private') return 'private: only logged-in WordPress users could read it'
  if (!INCLUDED_STATUSES[status]) return `status "${status}" is not imported`
  return null
}

export function mapPost(item: WxrRecord, index: ExportIndex): MappedPost {
  const f = item.fields
  const wpId = f['wp:post_id'].trim()
  const status = INCLUDED_STATUSES[f['wp:status']]
  const title = decodeEntities(f.title ?? '') || `Untitled (WordPress post ${wpId})`
  const changes: string[] = []

  // The WordPress slug is kept as it was whenever this site can serve it, so /{slug}/ maps
  // straight across; otherwise a readable one is made and the old one still redirects.
  const wordpressSlug = safeDecode(f['wp:post_name']?.trim() ?? '')
  let slug = wordpressSlug
  if (!isSiteSlug(slug)) {
    slug = slugify(wordpressSlug || title) || `post-${wpId}`
    changes.push(
      wordpressSlug
        ? `slug "${wordpressSlug}" became "${slug}"`
        : `no slug in WordPress; made "${slug}" from the title`,
    )
  }

  const {blocks, leftOut} = wordpressHtmlToBlocks(f['content:encoded'] ?? '', index.siteUrl)
  changes.push(...leftOut)
  const excerptSource = decodeEntities(f['excerpt:encoded'] ?? '') || textOf(f['content:encoded'] ?? '')
  const publishedAt =
    wordpressDate(f['wp:post_date_gmt']) ?? (status === 'draft' ? undefined : wordpressDate(f['wp:post_date']))

  const thumbnail = index.attachments.get(item.meta._thumbnail_id?.trim() ?? '')
  const mainImage: PendingImage | undefined = thumbnail
    ? {_type: 'accessibleImage', _key: 'main', src: thumbnail.url, ...(thumbnail.alt ? {alt: thumbnail.alt} : {})}
    : undefined

  const seoTitle = seoTemplate(item.meta._yoast_wpseo_title ?? item.meta.rank_math_title, title, index.siteTitle)
  const seoDescription = (item.meta._yoast_wpseo_metadesc ?? item.meta.rank_math_description)?.trim()
  const terms = item.terms.flatMap(({slug, domain}): MappedPost['terms'] =>
    domain === 'category' || domain === 'post_tag' ? [{slug, domain}] : [],
  )
  const link = f.link?.trim()

  const publishedId = `wp-post-${wpId}`
  return {
    id: status === 'draft' ? `drafts.${publishedId}` : publishedId,
    publishedId,
    status,
    terms,
    authorLogin: f['dc:creator']?.trim() ?? '',
    mainImage,
    changes,
    wordpressSlug,
    fields: {
      title,
      slug: {_type: 'slug', current: slug},
      excerpt: excerptSource ? cutAtWord(excerptSource, 200) : undefined,
      body: blocks,
      publishedAt,
      contentWarning: false,
      ...(seoTitle || seoDescription ? {seo: {title: seoTitle, description: seoDescription, noindex: false}} : {}),
      wordpress: {id: Number(wpId), ...(wordpressSlug ? {slug: wordpressSlug} : {}), ...(link ? {link} : {})},
    },
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
