import {z} from 'zod'

/**
 * The parts of an article the content check reads, from a Studio form value or a stored
 * document alike. Everything is optional and unknown block types pass through: a check must
 * work on a half-written draft and on whatever a WordPress import left behind.
 */
const span = z.looseObject({
  _type: z.string().optional(),
  text: z.string().catch(''),
  marks: z.array(z.string()).catch([]),
})
const markDef = z.looseObject({_key: z.string().catch(''), _type: z.string().catch(''), href: z.string().optional()})
const textBlock = z.looseObject({
  _type: z.literal('block'),
  _key: z.string().optional(),
  style: z.string().optional(),
  listItem: z.string().optional(),
  children: z.array(span).catch([]),
  markDefs: z.array(markDef).catch([]),
})
const imageBlock = z.looseObject({
  _type: z.string(),
  _key: z.string().optional(),
  alt: z.string().nullish(),
  asset: z.unknown().optional(),
})
// Callouts and calls to action are read by visitors too, and a callout may name 988.
const boxedText = z.looseObject({
  _type: z.enum(['callout', 'callToAction']),
  _key: z.string().optional(),
  title: z.string().nullish(),
  text: z.string().nullish(),
})
const otherBlock = z.looseObject({_type: z.string(), _key: z.string().optional()})

export const articleInputSchema = z.looseObject({
  _id: z.string().optional(),
  title: z.string().nullish(),
  excerpt: z.string().nullish(),
  mainImage: z.looseObject({alt: z.string().nullish(), asset: z.unknown().optional()}).nullish(),
  body: z.array(z.union([textBlock, imageBlock, otherBlock])).nullish(),
  seo: z.looseObject({title: z.string().nullish(), description: z.string().nullish()}).nullish(),
})

export type ArticleInput = z.infer<typeof articleInputSchema>

/** Which block types are images, and which is the site's crisis-resources block. */
export const IMAGE_TYPES = new Set(['accessibleImage', 'image'])
export const CRISIS_BLOCK_TYPE = 'crisisResources'

export type Paragraph = {key?: string; text: string; style: string; listItem?: string}
export type Link = {key?: string; text: string; href?: string}
export type BodyImage = {key?: string; alt: string}

export type ArticleParts = {
  paragraphs: Paragraph[]
  headings: {key?: string; level: number; text: string}[]
  links: Link[]
  images: BodyImage[]
  hasCrisisBlock: boolean
}

const HEADING = /^h([1-6])$/

/** Splits a body into what the checks read: text blocks, headings, links, images. */
export function articleParts(article: ArticleInput): ArticleParts {
  const parts: ArticleParts = {paragraphs: [], headings: [], links: [], images: [], hasCrisisBlock: false}
  for (const block of article.body ?? []) {
    const parsedText = textBlock.safeParse(block)
    if (parsedText.success) {
      const {_key: key, children, markDefs, style = 'normal', listItem} = parsedText.data
      const text = children.map((child) => child.text).join('')
      const heading = HEADING.exec(style)
      if (heading) parts.headings.push({key, level: Number(heading[1]), text})
      else if (text.trim()) parts.paragraphs.push({key, text, style, ...(listItem ? {listItem} : {})})
      parts.links.push(...linksIn(key, children, markDefs))
      continue
    }
    const boxed = boxedText.safeParse(block)
    if (boxed.success) {
      for (const text of [boxed.data.title, boxed.data.text]) {
        if (text?.trim()) parts.paragraphs.push({key: boxed.data._key, text, style: boxed.data._type})
      }
      continue
    }
    if (block._type === CRISIS_BLOCK_TYPE) parts.hasCrisisBlock = true
    if (IMAGE_TYPES.has(block._type))
      parts.images.push({key: block._key, alt: String((block as {alt?: unknown}).alt ?? '').trim()})
  }
  return parts
}

// A link's text is every span that carries the link's mark; neighbouring spans join.
function linksIn(
  key: string | undefined,
  children: z.infer<typeof span>[],
  markDefs: z.infer<typeof markDef>[],
): Link[] {
  return markDefs
    .filter((def) => def._type === 'link' || def._type === 'internalLink')
    .map((def) => ({
      key,
      text: children
        .filter((child) => child.marks.includes(def._key))
        .map((child) => child.text)
        .join(''),
      ...(def.href ? {href: def.href} : {}),
    }))
}
