import {z} from 'zod'

export const MAX_QUERY_LENGTH = 100
const MAX_TERMS = 8
/** Offered as examples on the empty search page, and prerendered at build. */
export const SUGGESTED_SEARCHES = ['group therapy', 'sleep']

export type SearchInput =
  {kind: 'empty'} | {kind: 'invalid'; message: string} | {kind: 'ok'; query: string; words: string[]; terms: string[]}

const querySchema = z
  .string()
  .trim()
  .max(MAX_QUERY_LENGTH, `Please shorten your search to ${MAX_QUERY_LENGTH} characters or fewer.`)

/**
 * A visitor's search box, made safe for GROQ `match`: only letters and digits survive (match
 * treats `*` and other punctuation specially), and each word matches as a prefix.
 */
export function parseSearchInput(raw: unknown): SearchInput {
  const value = Array.isArray(raw) ? raw[0] : raw
  if (value === undefined || value === null || value === '') return {kind: 'empty'}
  const parsed = querySchema.safeParse(value)
  if (!parsed.success) return {kind: 'invalid', message: parsed.error.issues[0]?.message ?? 'Invalid search.'}
  const words = [...new Set(parsed.data.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].slice(0, MAX_TERMS)
  if (!words.length) return {kind: 'empty'}
  return {kind: 'ok', query: parsed.data, words, terms: words.map((word) => `${word}*`)}
}

/**
 * A search's page address segment (app/(site)/search/[query]) from what was typed, and back:
 * the segment of `routes.searchResults`, where proxy.ts serves it. Next hands the page its
 * segment still percent-encoded.
 */
export const searchSegment = (query: string) => encodeURIComponent(query)
export function queryOfSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    // Not reached through the proxy, which answers undecodable addresses with a 400.
    return segment
  }
}

export type TextPart = {text: string; match: boolean}

/** Splits text into plain and matched parts, for <mark>: a word matches at its start, as in GROQ. */
export function highlightParts(text: string, words: string[]): TextPart[] {
  if (!words.length) return [{text, match: false}]
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu')
  const parts: TextPart[] = []
  let last = 0
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0
    if (index > last) parts.push({text: text.slice(last, index), match: false})
    parts.push({text: match[0], match: true})
    last = index + match[0].length
  }
  if (last < text.length) parts.push({text: text.slice(last), match: false})
  return parts
}

/**
 * An article's text, with blocks (`pt::text` puts a blank line between them) on one line. A block
 * that ends without punctuation, a heading most often, gets a middle dot after it: the page shows
 * the snippet as one run of text, where "a waiting room An IOP sits…" read as one broken sentence.
 */
function joinBlocks(text: string): string {
  return text.replace(/([^\s.!?:;,…"'”’)])[^\S\n]*\n\s*\n\s*/gu, '$1 · ').replace(/\s*\n\s*/g, ' ')
}

/** A window of body text around the first matched word, so a result shows why it matched. */
export function snippetAround(body: string, words: string[], length = 180): string | null {
  const text = joinBlocks(body)
  const lower = text.toLowerCase()
  const positions = words
    .map((word) => lower.search(new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u')))
    .filter((i) => i >= 0)
  if (!positions.length) return null
  const first = Math.min(...positions)
  const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, first - 60)) + 1)
  const slice = text.slice(start, start + length)
  const end = slice.length < text.length - start ? slice.lastIndexOf(' ') : slice.length
  return `${start > 0 ? '…' : ''}${slice.slice(0, end > 0 ? end : slice.length).trim()}${start + length < text.length ? '…' : ''}`
}
