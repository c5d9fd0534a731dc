import {randomBytes, timingSafeEqual} from 'node:crypto'
import {LAKE_DEFAULT_TOKEN} from '../../lib/lake-defaults.ts'

const SESSION_ID_TTL_MS = 60_000

/**
 * Who may write: a holder of the lake's token (scripts, the site's draft mode), or a Studio
 * session that proved it knew the token at the lake's sign-in page. A session has its own
 * token, so the lake's token never sits in a browser's storage; sessions live as long as the
 * lake process (a restarted lake asks editors to sign in again).
 */
export class LakeAuth {
  private readonly token: string
  private readonly sessionTokens = new Set<string>()
  private readonly pendingSessions = new Map<string, {token: string; expires: number}>()

  constructor(token: string) {
    this.token = token
  }

  /** Whether an `Authorization` header carries the lake's token or a session's. */
  verify(header: string | undefined): boolean {
    const presented = (header ?? '').replace(/^Bearer\s+/i, '')
    if (!presented) return false
    return sameSecret(presented, this.token) || this.sessionTokens.has(presented)
  }

  /** Whether the lake runs with the token every clone shares (no LAKE_TOKEN set). */
  get usesSharedDefault(): boolean {
    return sameSecret(LAKE_DEFAULT_TOKEN, this.token)
  }

  /** Starts a session for someone who typed the right token; the id is good once, for a minute. */
  startSession(presentedToken: string): string | null {
    if (!sameSecret(presentedToken, this.token)) return null
    const sessionId = randomBytes(24).toString('base64url')
    this.pendingSessions.set(sessionId, {
      token: randomBytes(32).toString('base64url'),
      expires: Date.now() + SESSION_ID_TTL_MS,
    })
    return sessionId
  }

  /** Trades a one-time session id for the session's token (what the Studio keeps). */
  redeem(sessionId: string): string | null {
    const pending = this.pendingSessions.get(sessionId)
    this.pendingSessions.delete(sessionId)
    if (!pending || pending.expires < Date.now()) return null
    this.sessionTokens.add(pending.token)
    return pending.token
  }

  signOut(header: string | undefined): void {
    this.sessionTokens.delete((header ?? '').replace(/^Bearer\s+/i, ''))
  }
}

function sameSecret(presented: string, expected: string): boolean {
  const a = Buffer.from(presented)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

// The lake serves loopback only, so any loopback origin (the site on any port, the Studio) may call it.
const LOOPBACK_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/

export function isLoopbackOrigin(origin: string | undefined): origin is string {
  return Boolean(origin && LOOPBACK_ORIGIN.test(origin))
}
