/**
 * Cuts text to at most `max` characters at a word boundary and adds an ellipsis, as the
 * practice's "Discover more" teasers do. Text that already fits is returned as it is.
 */
export function cutAtWord(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const slice = clean.slice(0, max)
  const lastSpace = slice.lastIndexOf(' ')
  const cut = lastSpace > 0 ? slice.slice(0, lastSpace) : slice
  return `${cut.replace(/[\s.,;:!?\-–—]+$/, '')}…`
}
