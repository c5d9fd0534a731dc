import {access} from 'node:fs/promises'
import path from 'node:path'
import {routes} from '../../lib/routes.ts'
import type {PendingImage} from './html-to-blocks.ts'
import {mapPost, reasonToSkip, type ExportIndex, type MappedPost} from './map-post.ts'
import {emptyReport, type ImportReport, type Outcome} from './report.ts'
import type {Doc, ImageValue, ImportTarget} from './targets.ts'
import {decodeEntities, slugify} from './text.ts'
import {readWxr} from './wxr.ts'

export type ImportOptions = {file: string; uploadsDir?: string; target: ImportTarget; dryRun: boolean}

const SYSTEM_FIELDS = new Set(['_rev', '_createdAt', '_updatedAt'])

// Key order differs between what we build and what the lake returns; content decides.
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([key, v]) => v !== undefined && !SYSTEM_FIELDS.has(key))
      .sort(([a], [b]) => a.localeCompare(b))
    return `{${entries.map(([key, v]) => `${JSON.stringify(key)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** First pass: the small things every post refers to (authors, terms, attachments). */
async function indexExport(file: string): Promise<ExportIndex> {
  const index: ExportIndex = {
    siteUrl: 'http://invalid.example',
    siteTitle: '',
    authors: new Map(),
    terms: new Map(),
    attachments: new Map(),
  }
  for await (const record of readWxr(file)) {
    const f = record.fields
    if (record.kind === 'site') {
      index.siteUrl = f['wp:base_site_url']?.trim() || f.link?.trim() || index.siteUrl
      index.siteTitle = decodeEntities(f.title ?? '')
    } else if (record.kind === 'author') {
      const name =
        decodeEntities(f['wp:author_display_name'] ?? '') ||
        [f['wp:author_first_name'], f['wp:author_last_name']].join(' ').trim()
      index.authors.set(f['wp:author_login']?.trim() ?? '', {
        login: f['wp:author_login']?.trim() ?? '',
        name: name || f['wp:author_login'],
      })
    } else if (record.kind === 'category') {
      index.terms.set(f['wp:category_nicename'].trim(), {
        slug: f['wp:category_nicename'].trim(),
        name: decodeEntities(f['wp:cat_name'] ?? ''),
      })
    } else if (record.kind === 'tag') {
      index.terms.set(f['wp:tag_slug'].trim(), {
        slug: f['wp:tag_slug'].trim(),
        name: decodeEntities(f['wp:tag_name'] ?? ''),
      })
    } else if (f['wp:post_type'] === 'attachment' && f['wp:attachment_url']) {
      index.attachments.set(f['wp:post_id'].trim(), {
        url: f['wp:attachment_url'].trim(),
        alt: record.meta._wp_attachment_image_alt?.trim() || undefined,
      })
    }
  }
  return index
}

/** A WordPress upload URL as a file under `uploadsDir`; resized copies (`-1024x683`) fall back to the original. */
async function uploadedFile(src: string, uploadsDir: string | undefined): Promise<string | null> {
  if (!uploadsDir) return null
  let relative: string
  try {
    relative = decodeURIComponent(/\/wp-content\/uploads\/(.+)$/.exec(new URL(src, 'http://x').pathname)?.[1] ?? '')
  } catch {
    return null
  }
  if (!relative || relative.split('/').includes('..')) return null
  const candidates = [relative, relative.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, '$1')]
  for (const candidate of candidates) {
    const file = path.join(uploadsDir, candidate)
    if (
      await access(file).then(
        () => true,
        () => false,
      )
    )
      return file
  }
  return null
}

export async function importWordPress({file, uploadsDir, target, dryRun}: ImportOptions): Promise<ImportReport> {
  const report = emptyReport(path.basename(file), dryRun)
  const index = await indexExport(file)
  const categoryIds = new Map<string, string>()
  const clinicianIds = new Map<string, string>()

  const count = (outcome: Outcome) => report.documents[outcome]++
  async function changed(doc: Doc): Promise<boolean> {
    const before = await target.existing(doc._id)
    if (before && canonical(before) === canonical(doc)) {
      count('unchanged')
      return false
    }
    count(before ? 'updated' : 'created')
    return true
  }

  async function resolveImage(
    image: PendingImage,
    post: MappedPost,
  ): Promise<(Omit<PendingImage, 'src'> & ImageValue) | null> {
    const found = await uploadedFile(image.src, uploadsDir)
    if (!found) {
      post.changes.push(`image ${image.src} not found in the uploads; left out`)
      return null
    }
    const {src: _src, ...rest} = image
    if (!rest.alt) post.changes.push(`image ${path.basename(found)} has no alt text; add it in the Studio`)
    return {...rest, ...(await target.image(found))}
  }

  for await (const record of readWxr(file)) {
    if (record.kind !== 'item') continue
    const f = record.fields
    const reason = reasonToSkip(record)
    if (reason) {
      report.skipped.push({
        id: f['wp:post_id']?.trim() ?? '?',
        type: f['wp:post_type'] ?? '?',
        status: f['wp:status'] ?? '?',
        title: decodeEntities(f.title ?? ''),
        reason,
      })
      continue
    }
    const post = mapPost(record, index)
    const documents: Doc[] = []

    const categoryRefs: {_type: 'reference'; _key: string; _ref: string}[] = []
    for (const {slug, domain} of post.terms) {
      if (categoryIds.has(slug) && categoryRefs.some((ref) => ref._ref === categoryIds.get(slug))) continue
      const siteSlug = slugify(slug)
      let id = categoryIds.get(slug) ?? (await target.categoryIdForSlug(slug))
      if (!id) {
        id = `wp-category-${siteSlug || 'untitled'}`
        const doc = {
          _id: id,
          _type: 'category',
          title: index.terms.get(slug)?.name || slug,
          slug: {_type: 'slug', current: siteSlug},
          wordpress: {slug},
        }
        if (await changed(doc)) documents.push(doc)
        if (!report.categoriesCreated.includes(doc.title)) report.categoriesCreated.push(doc.title)
      }
      categoryIds.set(slug, id)
      categoryRefs.push({_type: 'reference', _key: siteSlug || id, _ref: id})
      report.redirects.push({
        from: `/${domain === 'post_tag' ? 'tag' : 'category'}/${slug}/`,
        to: routes.category(siteSlug),
      })
    }

    const author = index.authors.get(post.authorLogin) ?? {
      login: post.authorLogin,
      name: post.authorLogin || 'Unknown author',
    }
    let authorId = clinicianIds.get(author.login) ?? (await target.clinicianIdForName(author.name))
    if (!authorId) {
      authorId = `wp-author-${slugify(author.login) || 'unknown'}`
      const doc = {
        _id: authorId,
        _type: 'clinician',
        name: author.name,
        slug: {_type: 'slug', current: slugify(author.name) || slugify(author.login)},
        credentials: [],
        needsReview: true,
        wordpress: {login: author.login},
      }
      if (await changed(doc)) documents.push(doc)
      if (!report.cliniciansForReview.includes(author.name)) report.cliniciansForReview.push(author.name)
    }
    clinicianIds.set(author.login, authorId)

    const body = []
    for (const block of post.fields.body as Doc[]) {
      if (block._type !== 'accessibleImage') body.push(block)
      else {
        const image = await resolveImage(block as unknown as PendingImage, post)
        if (image) body.push(image)
      }
    }
    const mainImage = post.mainImage ? await resolveImage(post.mainImage, post) : null
    const postDoc: Doc = {
      _id: post.id,
      _type: 'post',
      ...post.fields,
      body,
      categories: categoryRefs,
      author: {_type: 'reference', _ref: authorId},
      ...(mainImage ? {mainImage: {...mainImage, _key: undefined}} : {}),
    }
    if (await changed(postDoc)) documents.push(postDoc)
    // A post published in WordPress since the last import: its old draft here goes.
    const staleDraft =
      post.status !== 'draft' && (await target.existing(`drafts.${post.publishedId}`))
        ? [`drafts.${post.publishedId}`]
        : []
    await target.commit(documents, staleDraft)

    report.posts[post.status === 'draft' ? 'drafts' : post.status]++
    for (const change of post.changes) report.changes.push({post: post.publishedId, change})
    if (post.status !== 'draft') {
      const to = routes.post((post.fields.slug as {current: string}).current)
      if (post.wordpressSlug) report.redirects.push({from: `/${post.wordpressSlug}/`, to})
      report.redirects.push({from: `/?p=${(post.fields.wordpress as {id: number}).id}`, to})
    }
  }
  await target.finish()
  report.redirects = [...new Map(report.redirects.map((r) => [r.from, r])).values()]
  return report
}
