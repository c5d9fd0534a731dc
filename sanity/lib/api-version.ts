/**
 * The Content Lake API version the site, the Studio's lists, the scripts and the tests are
 * written against. A module of its own, with no imports, so that scripts Node runs directly
 * (which cannot load lib/env.ts) use this very value rather than a copy.
 */
export const SANITY_API_VERSION = '2025-02-19'

/**
 * How long a page render waits for the Content Lake before taking it as down (client.ts says
 * why). Here, with no imports, so that the browser tests time the site against this very value.
 */
export const CONTENT_REQUEST_TIMEOUT_MS = 10_000
