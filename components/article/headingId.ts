import {toPlainText} from '@portabletext/react'
import {hyphenate} from '../../lib/slug.ts'
import type {PortableBlock} from '../../sanity/lib/models.ts'

/** A stable anchor id from a heading's text, so links to a section survive re-renders. */
export function headingId(text: string): string {
  return hyphenate(text)
}

const isHeading = (block: PortableBlock) => block._type === 'block' && (block.style === 'h2' || block.style === 'h3')

/**
 * Each heading's anchor id, by block key: from its text, with -2, -3… on repeats, so an article
 * with two "Next steps" sections gets two ids (and two contents entries) rather than one twice.
 * The body and its table of contents both use this, so their links always agree.
 */
export function headingIds(body: PortableBlock[]): Map<string, string> {
  const ids = new Map<string, string>()
  const seen = new Map<string, number>()
  for (const block of body) {
    if (!isHeading(block)) continue
    const base = headingId(toPlainText([block]).trim())
    if (!base) continue
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    ids.set(block._key, count === 1 ? base : `${base}-${count}`)
  }
  return ids
}
