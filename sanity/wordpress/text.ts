import {JSDOM} from 'jsdom'
import {slugParam} from '../../lib/params.ts'
import {hyphenate} from '../../lib/slug.ts'

/** WordPress stores titles and names with HTML entities (`&#8217;`, `&amp;`); visitors read characters. */
export function decodeEntities(value: string): string {
  return (JSDOM.fragment(`<p>${value}</p>`).textContent ?? '').trim()
}

/** Text of an HTML fragment, for excerpts cut from a body. */
export function textOf(html: string): string {
  const fragment = JSDOM.fragment(`<div>${html.replace(/<!--[\s\S]*?-->/g, '')}</div>`)
  for (const node of fragment.querySelectorAll('script, style')) node.remove()
  return (fragment.textContent ?? '').replace(/\s+/g, ' ').trim()
}

export function isSiteSlug(value: string): boolean {
  return slugParam.safeParse(value).success
}

/** A slug this site accepts (a-z, 0-9, hyphens, at most 96 characters), made from any text. */
export function slugify(value: string): string {
  return hyphenate(value).slice(0, 96).replace(/-+$/, '')
}

/** WordPress writes dates as "YYYY-MM-DD HH:MM:SS", and "0000-00-00 00:00:00" for none. */
export function wordpressDate(value: string | undefined): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value?.trim() ?? '')
  if (!match || match[1] === '0000') return undefined
  return `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}.000Z`
}

// Yoast writes %%title%%, %%sep%%, %%sitename%%…; Rank Math %title%, %sep%…. This site adds its
// own name to every title, so the post's title is kept, other variables go, and a site name
// typed after the last separator (a prefix of the export's site title) goes too.
export function seoTemplate(value: string | undefined, title: string, siteTitle: string): string | undefined {
  if (!value?.trim()) return undefined
  const parts = value.replace(/%%title%%|%title%/g, title).split(/%%sep%%|%sep%/)
  const tail = parts.length > 1 ? (parts.at(-1) ?? '').replace(/%%?[a-z_]+%%?/g, '').trim() : ''
  const kept = tail && siteTitle.toLowerCase().startsWith(tail.toLowerCase()) ? parts.slice(0, -1) : parts
  const filled = kept
    .join(' ')
    .replace(/%%?[a-z_]+%%?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return filled || undefined
}
