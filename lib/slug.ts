/** Text as a URL-safe name: accents dropped, lower case, every other run of characters one hyphen. */
export function hyphenate(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
