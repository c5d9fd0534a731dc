import {htmlToBlocks, type DeserializerRule, type TypedObject} from '@portabletext/block-tools'
import {compileSchema} from '@portabletext/schema'
import {JSDOM} from 'jsdom'
import {CRISIS_BLOCK_TYPE} from '../../lib/content-check/article.ts'
import {safeHref} from '../../lib/links.ts'

/** An image found in the body, before its file is looked up: `src` is the WordPress URL. */
export type PendingImage = {_type: 'accessibleImage'; _key: string; src: string; alt?: string; caption?: string}

export type ConvertedBody = {
  blocks: TypedObject[]
  /** Shortcodes and embeds that were dropped or kept as text, for the report. */
  leftOut: string[]
}

/**
 * The article body's Portable Text features, as declared in sanity/schemaTypes/objects/blockContent.ts
 * (a test checks the two agree). Declared here because the importer runs in plain Node, which
 * cannot load the Studio's schema modules.
 */
export const bodySchema = compileSchema({
  styles: [{name: 'normal'}, {name: 'h2'}, {name: 'h3'}, {name: 'blockquote'}],
  lists: [{name: 'bullet'}, {name: 'number'}],
  decorators: [{name: 'strong'}, {name: 'em'}],
  annotations: [{name: 'link', fields: [{name: 'href', type: 'string'}]}],
  blockObjects: [{name: 'accessibleImage'}, {name: 'callout'}, {name: 'callToAction'}, {name: CRISIS_BLOCK_TYPE}],
  inlineObjects: [],
})

// Elements whose content must never reach a page, not even as text.
const STRIPPED = 'script, style, iframe, object, embed, noscript, form, input, textarea, select, svg, canvas, template'
const BLOCK_START = /^<(p|h[1-6]|ul|ol|li|figure|blockquote|div|table|pre|hr|img)[\s>/]/i

/**
 * The classic editor stores paragraphs as blank lines, not <p> tags (WordPress adds them when
 * it renders, with wpautop). Block-editor content already has its tags.
 */
function addParagraphs(html: string): string {
  if (/<!--\s*wp:/.test(html)) return html
  return html
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (BLOCK_START.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, '<br>')}</p>`))
    .join('\n')
}

/** [caption]…[/caption] becomes a <figure>; other shortcodes are taken out and named in the report. */
function replaceShortcodes(html: string, leftOut: string[]): string {
  const captioned = html.replace(/\[caption[^\]]*\]([\s\S]*?)\[\/caption\]/gi, (_match, inner: string) => {
    const image = /<img[^>]*>/i.exec(inner)?.[0] ?? ''
    const caption = inner
      .replace(/<a[^>]*>\s*(<img[^>]*>)\s*<\/a>/i, '$1')
      .replace(image, '')
      .trim()
    return `<figure>${image}<figcaption>${caption}</figcaption></figure>`
  })
  return captioned.replace(/\[(\/?)([a-z][a-z0-9_-]*)(?:\s[^\]]*)?\]/gi, (_match, closing: string, name: string) => {
    if (!closing) leftOut.push(`shortcode [${name}]`)
    return ''
  })
}

function imageFrom(img: HTMLImageElement, key: () => string, caption?: string): PendingImage | undefined {
  const src = img.getAttribute('src')
  if (!src) return undefined
  const alt = img.getAttribute('alt')?.trim()
  return {_type: 'accessibleImage', _key: key(), src, ...(alt ? {alt} : {}), ...(caption ? {caption} : {})}
}

function rules(key: () => string, leftOut: string[], siteUrl: string): DeserializerRule[] {
  const element = (node: Node): HTMLElement | null => (node.nodeType === 1 ? (node as HTMLElement) : null)
  return [
    {
      deserialize(node) {
        const el = element(node)
        if (!el || el.tagName !== 'FIGURE') return undefined
        if (el.classList.contains('wp-block-embed')) {
          const url = el.textContent?.trim() ?? ''
          leftOut.push(`embed ${url || '(no URL)'} (kept as a link)`)
          const href = safeHref(url)
          if (!href) return []
          return {
            _type: 'block',
            _key: key(),
            style: 'normal',
            markDefs: [{_type: 'link', _key: 'embed', href}],
            children: [{_type: 'span', _key: key(), text: href, marks: ['embed']}],
          }
        }
        const img = el.querySelector('img')
        if (!img) return undefined
        const caption = el.querySelector('figcaption')?.textContent?.trim() || undefined
        return imageFrom(img, key, caption) ?? []
      },
    },
    {
      deserialize(node) {
        const el = element(node)
        if (!el || el.tagName !== 'IMG') return undefined
        return imageFrom(el as HTMLImageElement, key) ?? []
      },
    },
    {
      // The block editor's buttons: the practice's call to action.
      deserialize(node) {
        const el = element(node)
        if (!el || !el.classList.contains('wp-block-button')) return undefined
        const link = el.querySelector('a')
        const href = link ? siteRelative(link.getAttribute('href') ?? '', siteUrl) : null
        const label = link?.textContent?.trim()
        if (!href || !label) return []
        return {_type: 'callToAction', _key: key(), label: label.slice(0, 60), href}
      },
    },
  ]
}

/**
 * A link to the old site's own pages becomes a path, so it follows the redirects on this site;
 * links elsewhere keep their address; anything that is not http(s), mailto or tel is dropped.
 */
export function siteRelative(href: string, siteUrl: string): string | null {
  const safe = safeHref(href)
  if (!safe) return null
  try {
    const url = new URL(safe)
    if (url.origin === new URL(siteUrl).origin) return `${url.pathname.replace(/(.)\/$/, '$1')}${url.search}${url.hash}`
  } catch {
    // Already a path, or mailto:/tel:.
  }
  return safe
}

const DECORATORS = bodySchema.decorators.map((decorator) => decorator.name)

type Block = TypedObject & {
  markDefs?: {_key: string; _type: string; href?: string}[]
  children?: {marks?: string[]}[]
  style?: string
}

// Links that were unsafe lose their annotation (the words stay); h1 and h4–h6 become the
// body's two heading levels.
function tidy(block: Block, siteUrl: string): Block {
  if (block._type !== 'block') return block
  const markDefs = (block.markDefs ?? []).flatMap((def) => {
    if (def._type !== 'link') return [def]
    const href = siteRelative(def.href ?? '', siteUrl)
    return href ? [{...def, href}] : []
  })
  const kept = new Set([...markDefs.map((def) => def._key), ...DECORATORS])
  const children = (block.children ?? []).map((child) => ({
    ...child,
    marks: (child.marks ?? []).filter((mark) => kept.has(mark)),
  }))
  const style = block.style === 'h1' ? 'h2' : /^h[4-6]$/.test(block.style ?? '') ? 'h3' : block.style
  return {...block, markDefs, children, ...(style ? {style} : {})}
}

/** A post's HTML (classic or block editor) as Portable Text for the `body` field. */
export function wordpressHtmlToBlocks(html: string, siteUrl: string): ConvertedBody {
  const leftOut: string[] = []
  let counter = 0
  // Keys follow the content, not chance, so importing the same post twice gives the same body.
  const key = () => `k${(counter++).toString(36)}`
  const prepared = addParagraphs(replaceShortcodes(html, leftOut))
  const blocks = htmlToBlocks(prepared, bodySchema, {
    keyGenerator: key,
    rules: rules(key, leftOut, siteUrl),
    parseHtml: (source) => {
      const {document} = new JSDOM(source).window
      for (const node of document.querySelectorAll(STRIPPED)) node.remove()
      return document
    },
  }) as Block[]
  const tidied = blocks.map((block) => tidy(block, siteUrl)).filter((block) => !isEmptyBlock(block))
  return {blocks: tidied, leftOut}
}

function isEmptyBlock(block: Block): boolean {
  return (
    block._type === 'block' && !(block.children ?? []).some((child) => Boolean((child as {text?: string}).text?.trim()))
  )
}
