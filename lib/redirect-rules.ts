import {SECTIONS} from './routes.ts'

// The rules for redirects marketing keeps in the Studio (sanity/schemaTypes/documents/redirect.ts):
// what a "from" and a "to" may be, and which sets of redirects would loop or chain. Plain
// functions, so the Studio's validation, the proxy and the tests share one reading of a path.

/** Files and pages at the site's root that are not sections. */
const ROOT_FILES = [
  '/feed.xml',
  '/sitemap.xml',
  '/robots.txt',
  '/favicon.ico',
  '/icon',
  '/apple-icon',
  '/share-card.png',
]

export type RedirectRule = {from: string; to: string}

/**
 * One spelling per address: without a trailing slash, percent-encoding decoded and re-encoded
 * the one way (`/caf%c3%a9`, `/café` and `/CAF%C3%A9` are one path), lower case, since visitors
 * type flyers' addresses in any case. Null when it is not a path at all.
 */
export function normalizePath(raw: string): string | null {
  const trimmed = raw.trim()
  if (!trimmed.startsWith('/') || trimmed.startsWith('//') || /[\s?#]/.test(trimmed)) return null
  let decoded: string
  try {
    decoded = decodeURIComponent(trimmed)
  } catch {
    return null
  }
  const segments = decoded.toLowerCase().split('/').filter(Boolean)
  if (segments.some((segment) => segment === '.' || segment === '..')) return null
  return `/${segments.map((segment) => encodeURIComponent(segment)).join('/')}`
}

/** Why `from` cannot be redirected, or null when it can. */
export function fromProblem(raw: string): string | null {
  const path = normalizePath(raw)
  if (!path) return 'Write a path on this site that starts with “/”, like /bipoc, with no spaces, “?” or “#”.'
  return sitePathProblem(path)
}

/** Why an already normalized path belongs to the site itself, or null when a redirect may take it. */
export function sitePathProblem(path: string): string | null {
  if (path === '/') return 'The home page cannot be redirected.'
  const section = Object.values(SECTIONS).find((root) => path === root || path.startsWith(`${root}/`))
  if (section) {
    return `${section} and the addresses under it are the site's own pages. A renamed article, clinician or topic redirects by itself.`
  }
  if (ROOT_FILES.includes(path)) return `${path} is one of the site's own files.`
  return null
}

/** Why `to` cannot be a target, or null when it can: a path on this site, or an https address. */
export function toProblem(raw: string): string | null {
  const value = raw.trim()
  if (value.startsWith('https://')) {
    try {
      new URL(value)
      return null
    } catch {
      return 'This is not a complete web address. Check it, or copy it from the browser’s address bar.'
    }
  }
  if (value.startsWith('http://'))
    return 'Use the https:// address: visitors should not leave a secure page for one that is not.'
  return normalizePath(value) ? null : 'Write a path on this site that starts with “/”, or a full https:// address.'
}

/** The site path a target names, normalized, or null for an address elsewhere. */
function sitePath(to: string): string | null {
  return to.trim().startsWith('/') ? normalizePath(to) : null
}

/**
 * Why adding `rule` to `others` would send a visitor round in a loop or through more than one
 * hop, or null. A loop: it leads back to where it starts. A chain: its target is itself
 * redirected (point it at the end instead), or another redirect already leads to its start
 * (point that one at this one's target).
 */
export function chainProblem(rule: RedirectRule, others: RedirectRule[]): string | null {
  const from = normalizePath(rule.from)
  const to = sitePath(rule.to)
  if (!from) return null
  if (to === from) return 'It would send visitors back to the same address.'
  const targets = new Map<string, string>()
  for (const other of others) {
    const otherFrom = normalizePath(other.from)
    if (otherFrom && otherFrom !== from) targets.set(otherFrom, other.to)
  }
  if (to && targets.has(to)) {
    let next: string | null = to
    const seen = new Set([from])
    while (next && targets.has(next) && !seen.has(next)) {
      seen.add(next)
      next = sitePath(targets.get(next) as string)
    }
    if (next === from) return `It would make a loop: ${to} already leads back to ${from}.`
    return `${to} is itself redirected, to ${targets.get(to)}. Point this one there instead, so visitors take one step.`
  }
  const leadingHere = [...targets].find(([, target]) => sitePath(target) === from)
  if (leadingHere) {
    return `${leadingHere[0]} already redirects here. Point that one at ${rule.to.trim()} instead, so visitors take one step.`
  }
  return null
}
