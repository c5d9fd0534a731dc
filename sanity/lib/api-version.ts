/**
 * The Content Lake API version the site, the Studio's lists, the scripts and the tests are
 * written against. A module of its own, with no imports, so that scripts Node runs directly
 * (which cannot load lib/env.ts) use this very value rather than a copy.
 */
export const SANITY_API_VERSION = '2025-02-19'
