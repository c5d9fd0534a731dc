import 'server-only'
import {defineQuery} from 'groq'
import {normalizePath, sitePathProblem, toProblem} from '../../lib/redirect-rules.ts'
import {fetchBeforeRender} from './client.ts'

// The redirects marketing keeps in the Studio (schemaTypes/documents/redirect.ts), answered by
// proxy.ts before any page renders. The whole list is small and read at once, then kept for a
// second: a redirect published in the Studio is live within about a second on every instance,
// with one query a second at most, and only while requests for such addresses arrive.
const redirectsQuery = defineQuery(`
  *[_type == "redirect" && defined(from) && defined(to)]{from, to, permanent, endsAt}
`)

type Stored = {from: string; to: string; permanent: boolean | null; endsAt: string | null}
export type Redirect = {to: string; permanent: boolean; endsAt: number | null}

const FRESH_MS = 1_000
// How long a request waits for a newer list before it takes the one it has: a healthy lake
// answers in a few milliseconds, so an editor trying the address right after Publish gets it.
const WAIT_FOR_NEWER_MS = 150
let known: Map<string, Redirect> | null = null
let readAt = 0
let reading: Promise<void> | null = null

function refresh(now: number): Promise<void> {
  readAt = now
  reading ??= load()
    .then((map) => {
      known = map
    })
    .catch((error: unknown) => {
      console.error(`[content] redirects unavailable: ${(error as Error).message}`)
      known ??= new Map()
    })
    .finally(() => {
      reading = null
    })
  return reading
}

async function load(): Promise<Map<string, Redirect>> {
  const stored = await fetchBeforeRender<Stored[]>(redirectsQuery)
  const map = new Map<string, Redirect>()
  for (const {from, to, permanent, endsAt} of stored) {
    const path = normalizePath(from)
    // The Studio refuses these; one written by a script is skipped rather than served.
    if (!path || sitePathProblem(path) || toProblem(to)) continue
    map.set(path, {to: to.trim(), permanent: permanent !== false, endsAt: endsAt ? Date.parse(endsAt) : null})
  }
  return map
}

/**
 * Where `path` redirects, or null. The first request waits for the list; later ones wait at
 * most WAIT_FOR_NEWER_MS for a newer one, so a Content Lake that is slow or down holds nobody up
 * for long (the last list read keeps answering).
 */
export async function redirectFor(path: string, now = Date.now()): Promise<Redirect | null> {
  const key = normalizePath(path)
  // The site's own sections and files never redirect: no need to ask.
  if (!key || sitePathProblem(key)) return null
  if (!known) await refresh(now)
  else if (now - readAt >= FRESH_MS) {
    await Promise.race([refresh(now), new Promise((resolve) => setTimeout(resolve, WAIT_FOR_NEWER_MS))])
  }
  const found = known?.get(key)
  return found && (found.endsAt === null || found.endsAt > now) ? found : null
}
