import {createHash} from 'node:crypto'

// The seed is written as short block specs, turned into Portable Text here, so that the articles
// read as prose in the source. Inline syntax: **bold**, *italic*, [text](https://…) and
// [text](post:slug) for a link to another article.

export type ImageRef = {asset: string; alt: string; caption?: string}
type TextSpec = ['p' | 'h2' | 'h3' | 'quote', string]
export type BlockSpec =
  | TextSpec
  | ['ul' | 'ol', (string | [string, string[]])[]]
  | ['callout', {tone: 'note' | 'tip' | 'important'; title?: string; text: string}]
  | ['cta', {label: string; href: string; text?: string}]
  | ['image', ImageRef]

type Span = {_type: 'span'; _key: string; text: string; marks: string[]}
type MarkDef = {_type: string; _key: string; [field: string]: unknown}
export type PortableBlock = Record<string, unknown> & {_type: string; _key: string}

const STYLE = {p: 'normal', h2: 'h2', h3: 'h3', quote: 'blockquote'} as const
const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|\[(.+?)\]\((.+?)\)/g

export function toPortableText(specs: BlockSpec[], keyPrefix: string, imageField: (ref: ImageRef) => object) {
  const blocks: PortableBlock[] = []
  const key = (...parts: (string | number)[]) =>
    createHash('sha1')
      .update([keyPrefix, ...parts].join('|'))
      .digest('hex')
      .slice(0, 12)
  specs.forEach((spec, index) => {
    if (spec[0] === 'ul' || spec[0] === 'ol') {
      const listItem = spec[0] === 'ul' ? 'bullet' : 'number'
      spec[1].forEach((item, itemIndex) => {
        const [text, children] = typeof item === 'string' ? [item, []] : item
        blocks.push(textBlock(text, key(index, itemIndex), 'normal', {listItem, level: 1}))
        children.forEach((child, childIndex) =>
          blocks.push(textBlock(child, key(index, itemIndex, childIndex), 'normal', {listItem, level: 2})),
        )
      })
    } else if (spec[0] === 'callout') {
      blocks.push({_type: 'callout', _key: key(index), ...spec[1]})
    } else if (spec[0] === 'cta') {
      blocks.push({_type: 'callToAction', _key: key(index), ...spec[1]})
    } else if (spec[0] === 'image') {
      blocks.push({_type: 'accessibleImage', _key: key(index), ...imageField(spec[1])})
    } else {
      // Every other kind was handled above; TypeScript does not narrow tuples by their first item.
      const [style, text] = spec as TextSpec
      blocks.push(textBlock(text, key(index), STYLE[style]))
    }
  })
  return blocks
}

function textBlock(text: string, blockKey: string, style: string, list?: {listItem: string; level: number}) {
  const children: Span[] = []
  const markDefs: MarkDef[] = []
  let last = 0
  let spanIndex = 0
  const push = (spanText: string, marks: string[]) => {
    if (spanText) children.push({_type: 'span', _key: `${blockKey}s${spanIndex++}`, text: spanText, marks})
  }
  for (const match of text.matchAll(INLINE)) {
    push(text.slice(last, match.index), [])
    const [, bold, italic, linkText, href] = match
    if (bold) push(bold, ['strong'])
    else if (italic) push(italic, ['em'])
    else {
      const markKey = `${blockKey}m${markDefs.length}`
      markDefs.push(
        href.startsWith('post:')
          ? {_type: 'internalLink', _key: markKey, reference: {_type: 'reference', _ref: `post-${href.slice(5)}`}}
          : {_type: 'link', _key: markKey, href},
      )
      push(linkText, [markKey])
    }
    last = (match.index ?? 0) + match[0].length
  }
  push(text.slice(last), [])
  return {_type: 'block', _key: blockKey, style, markDefs, children, ...list}
}
