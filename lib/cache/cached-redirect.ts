import {isRedirectError} from './next-internals.ts'

type PageValue = {kind?: string; status?: number; headers?: Record<string, unknown>; rscData?: unknown}

// The digest Next writes for redirect() and permanentRedirect(): code, type, URL, status.
const DIGEST = /NEXT_REDIRECT;(?:replace|push);[^;"\\]+;30[78];/

/** Where a redirect Next rendered into a page's payload points, or null. */
export function redirectInPayload(payload: string): string | null {
  const digest = DIGEST.exec(payload)?.[0]
  if (!digest) return null
  const error = Object.assign(new Error('NEXT_REDIRECT'), {digest})
  // The URL sits between the type and the status; it may itself hold a ";".
  return isRedirectError(error) ? digest.split(';').slice(2, -2).join(';') : null
}

/**
 * A page that rendered as a redirect (a renamed article's old address, sanity/lib/moved.ts) is
 * stored with its 307/308 but, when it was regenerated in the background, without its Location
 * (Next 16.4: the header goes on that one response, not into the cache entry). Served from the
 * cache, it would send browsers nowhere; here the entry gets its Location back from the payload.
 */
export function withRedirectLocation<T>(data: T): T {
  const value = data as PageValue | null
  if (!value || value.kind !== 'APP_PAGE' || (value.status !== 307 && value.status !== 308)) return data
  if (value.headers?.location) return data
  const payload = Buffer.isBuffer(value.rscData) ? value.rscData.toString('utf8') : ''
  const location = redirectInPayload(payload)
  return location ? ({...value, headers: {...value.headers, location}} as T) : data
}
