import {createReadStream} from 'node:fs'
import {SaxesParser, type SaxesTagPlain} from 'saxes'

/** One record of a WordPress export: an author, a category, a tag or an item (post, page, attachment…). */
export type WxrRecord = {
  /** `site` carries the channel's own fields (title, link, wp:base_site_url), before any other record. */
  kind: 'site' | 'author' | 'category' | 'tag' | 'item'
  /** Text of each direct child element, by its qualified name (`wp:post_id`, `title`…). */
  fields: Record<string, string>
  /** An item's `<category domain nicename>` terms. */
  terms: {domain: string; slug: string; name: string}[]
  /** An item's `<wp:postmeta>` pairs. */
  meta: Record<string, string>
}

export class WxrError extends Error {}

const RECORDS: Record<string, WxrRecord['kind']> = {
  'wp:author': 'author',
  'wp:category': 'category',
  'wp:tag': 'tag',
  item: 'item',
}
// Comments carry their own fields (wp:comment_content…), which must not leak into the post's.
const SKIPPED_SUBTREES = new Set(['wp:comment'])

/**
 * Streams the records of a WXR file (what WordPress writes at Tools → Export), one chunk of the
 * file at a time: a large export is never held in memory whole. Malformed XML, or XML that is not
 * a WordPress export, ends with a WxrError naming what is wrong.
 */
export async function* readWxr(file: string): AsyncGenerator<WxrRecord> {
  const parser = new SaxesParser({xmlns: false, position: true})
  const ready: WxrRecord[] = []
  const stack: string[] = []
  let record: WxrRecord | null = null
  let recordDepth = 0
  let skipDepth = 0
  let text = ''
  let pendingTerm: {domain: string; slug: string} | null = null
  let metaKey = ''
  let sawRoot = false
  let sawVersion = false
  const site: WxrRecord = {kind: 'site', fields: {}, terms: [], meta: {}}
  let siteSent = false

  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (!sawRoot) {
      if (tag.name !== 'rss')
        throw new WxrError(`not a WordPress export: the document starts with <${tag.name}>, not <rss>`)
      sawRoot = true
    }
    stack.push(tag.name)
    text = ''
    if (skipDepth) return
    if (SKIPPED_SUBTREES.has(tag.name)) {
      skipDepth = stack.length
      return
    }
    if (!record && RECORDS[tag.name] && stack.at(-2) === 'channel') {
      record = {kind: RECORDS[tag.name], fields: {}, terms: [], meta: {}}
      recordDepth = stack.length
    } else if (record && tag.name === 'category' && stack.length === recordDepth + 1) {
      pendingTerm = {domain: String(tag.attributes.domain ?? ''), slug: String(tag.attributes.nicename ?? '')}
    }
  })
  parser.on('text', (value) => {
    text += value
  })
  parser.on('cdata', (value) => {
    text += value
  })
  parser.on('closetag', (tag) => {
    const depth = stack.length
    stack.pop()
    if (skipDepth) {
      if (depth === skipDepth) skipDepth = 0
      return
    }
    if (tag.name === 'wp:wxr_version') {
      if (!/^1\.[0-9]+$/.test(text.trim()))
        throw new WxrError(`unsupported WXR version "${text.trim()}" (expected 1.x)`)
      sawVersion = true
    }
    if (!record) {
      if (depth === 3 && stack.at(-1) === 'channel') site.fields[tag.name] = text
      text = ''
      return
    }
    if (depth === recordDepth) {
      ready.push(record)
      record = null
    } else if (depth === recordDepth + 1) {
      if (pendingTerm && tag.name === 'category') {
        record.terms.push({...pendingTerm, name: text.trim()})
        pendingTerm = null
      } else if (tag.name !== 'wp:postmeta') {
        record.fields[tag.name] = text
      }
    } else if (depth === recordDepth + 2 && stack.at(-1) === 'wp:postmeta') {
      if (tag.name === 'wp:meta_key') metaKey = text.trim()
      if (tag.name === 'wp:meta_value' && metaKey) record.meta[metaKey] = text
    }
    text = ''
  })

  const stream = createReadStream(file, {encoding: 'utf8', highWaterMark: 256 * 1024})
  try {
    for await (const chunk of stream) {
      try {
        parser.write(chunk as string)
      } catch (error) {
        throw error instanceof WxrError ? error : new WxrError(`malformed XML: ${(error as Error).message}`)
      }
      // Records from this chunk go out before the next chunk is read: the consumer's pace
      // (a lake write per post) holds the reading back.
      while (ready.length) {
        const next = ready.shift() as WxrRecord
        if (!sawVersion) throw new WxrError('not a WordPress export: no <wp:wxr_version> before the first record')
        if (!siteSent) {
          siteSent = true
          yield site
        }
        yield next
      }
    }
    try {
      parser.close()
    } catch (error) {
      throw new WxrError(`malformed XML: ${(error as Error).message}`)
    }
    if (!sawRoot) throw new WxrError('not a WordPress export: the file is empty')
    if (!sawVersion) throw new WxrError('not a WordPress export: no <wp:wxr_version>')
    if (!siteSent) yield site
    yield* ready.splice(0)
  } finally {
    stream.destroy()
  }
}
