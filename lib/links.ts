const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * An href from content, or null if it must not become a link (javascript:, data:, and anything
 * that is not http, https, mailto or tel). Site paths ("/contact") are allowed.
 */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string' || !href.trim()) return null
  const value = href.trim()
  if (value.startsWith('/') && !value.startsWith('//')) return value
  try {
    return SAFE_SCHEMES.has(new URL(value).protocol) ? value : null
  } catch {
    return null
  }
}

export function isExternal(href: string): boolean {
  return /^https?:\/\//.test(href)
}
