type HeaderRule = {source: string; headers: {key: string; value: string}[]}

const COMMON = [
  {key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains'},
  {key: 'X-Content-Type-Options', value: 'nosniff'},
  {key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin'},
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  },
  // SAMEORIGIN, not DENY: the Studio's Presentation tool shows the site in a frame on this origin.
  {key: 'X-Frame-Options', value: 'SAMEORIGIN'},
]

function csp(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ')
}

/**
 * Security headers for every response. Visitors' pages may load only this site's own scripts,
 * styles and fonts, and images from the content image host. 'unsafe-inline' for scripts is the
 * price of static pages: Next's inline bootstrap scripts would otherwise need a per-request
 * nonce, which makes every page dynamic. The Studio talks to Sanity's APIs and gets those.
 * `contentApiOrigin` is for draft mode's live updates; visitors' pages never connect to it.
 * Frames are allowed from this origin only, for the Presentation tool. `next dev` also gets
 * 'unsafe-eval': React's development build uses eval to rebuild server stacks in the browser,
 * and without it every page shows an error; production builds never need it.
 */
type HeaderOptions = {development?: boolean; studioLakeUrl?: string}

export function securityHeaders(
  imageOrigin: string,
  contentApiOrigin: string,
  {development = false, studioLakeUrl}: HeaderOptions = {},
): HeaderRule[] {
  // Offline, the Studio talks to the local lake, over HTTP and (for presence) a WebSocket.
  // Its event streams use `stream-N.localhost` names (sanity/studio/offline.ts says why).
  const lake = studioLakeUrl
    ? [studioLakeUrl, studioLakeUrl.replace(/^http/, 'ws'), `http://*.localhost:${new URL(studioLakeUrl).port}`]
    : []
  const site = csp({
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', imageOrigin],
    'font-src': ["'self'"],
    'connect-src': ["'self'", contentApiOrigin],
    'form-action': ["'self'"],
    'frame-ancestors': ["'self'"],
    'base-uri': ["'self'"],
    'object-src': ["'none'"],
  })
  const studio = csp({
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', imageOrigin, 'https://*.sanity.io', 'https://lh3.googleusercontent.com'],
    // Sanity UI's Inter font, and the Studio's version check.
    'font-src': ["'self'", 'data:', 'https://design-system-static.sanity.io'],
    'connect-src': [
      "'self'",
      'https://*.sanity.io',
      'wss://*.sanity.io',
      'https://*.sanity.work',
      'https://sanity-cdn.com', // the Studio's version check, with a project
      ...lake,
    ],
    'frame-src': ["'self'"],
    'frame-ancestors': ["'none'"],
    'base-uri': ["'self'"],
    'object-src': ["'none'"],
  })
  return [
    {source: '/((?!studio).*)', headers: [...COMMON, {key: 'Content-Security-Policy', value: site}]},
    {source: '/studio/:path*', headers: [...COMMON, {key: 'Content-Security-Policy', value: studio}]},
    {source: '/studio', headers: [...COMMON, {key: 'Content-Security-Policy', value: studio}]},
  ]
}
