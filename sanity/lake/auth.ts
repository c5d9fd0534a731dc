import {timingSafeEqual} from 'node:crypto'
import type {IncomingMessage} from 'node:http'
import {LakeHttpError} from './http.ts'

export function hasToken(req: IncomingMessage, token: string): boolean {
  const header = req.headers.authorization ?? ''
  const presented = Buffer.from(header.replace(/^Bearer\s+/i, ''))
  const expected = Buffer.from(token)
  return presented.length === expected.length && timingSafeEqual(presented, expected)
}

export function requireToken(req: IncomingMessage, token: string, what: string): void {
  if (!hasToken(req, token)) {
    throw new LakeHttpError(401, 'unauthorizedError', `${what} needs a token: send "Authorization: Bearer <LAKE_TOKEN>"`)
  }
}

// The lake serves loopback only, so any loopback origin (the site on any port, the Studio) may call it.
const LOOPBACK_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/

export function corsHeaders(origin: string | undefined): Record<string, string> {
  if (!origin || !LOOPBACK_ORIGIN.test(origin)) return {}
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-allow-headers': 'authorization, content-type, if-none-match, last-event-id',
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-max-age': '600',
    vary: 'origin',
  }
}
