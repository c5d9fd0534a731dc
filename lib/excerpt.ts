/**
 * Cuts text to at most `max` characters at a word boundary and adds an ellipsis, as the
 * practice's "Discover more" teasers do. Text that already fits is returned as it is.
 */
export function cutAtWord(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const slice = clean.slice(0, max)
  // When the cut falls just before a space, the last word is already whole.
  const endsOnWord = clean[max] === ' '
  const lastSpace = slice.lastIndexOf(' ')
  const cut = endsOnWord || lastSpace <= 0 ? slice : slice.slice(0, lastSpace)
  return `${cut.replace(/[\s.,;:!?\-–—]+$/, '')}…`
}
