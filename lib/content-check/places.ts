import {articleParts, type ArticleInput} from './article.ts'

const FIRST_WORDS = 6

const opening = (text: string) => {
  const words = text.trim().split(/\s+/)
  return words.length > FIRST_WORDS ? `${words.slice(0, FIRST_WORDS).join(' ')}…` : words.join(' ')
}

/**
 * Where each body block is, in words an author finds it by without the Studio at hand: the
 * heading itself, or the heading above and the block's first words. Keyed by the block's _key,
 * which findings carry (Finding.blockKey).
 */
export function blockPlaces(article: ArticleInput): Map<string, string> {
  const {headings, paragraphs, images} = articleParts(article)
  const headingText = new Map(headings.map((h) => [h.key, h.text]))
  const paragraphText = new Map(paragraphs.map((p) => [p.key, p.text]))
  const imageKeys = new Set(images.map((image) => image.key))
  const places = new Map<string, string>()
  let under = ''
  for (const {_key: key} of article.body ?? []) {
    if (!key) continue
    const heading = headingText.get(key)
    if (heading !== undefined) {
      under = heading
      places.set(key, `the heading “${opening(heading)}”`)
      continue
    }
    const text = paragraphText.get(key)
    const what = text !== undefined ? `the paragraph “${opening(text)}”` : imageKeys.has(key) ? 'a picture' : 'a block'
    places.set(key, under ? `${what}, under “${opening(under)}”` : what)
  }
  return places
}
