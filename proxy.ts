import {type NextRequest, NextResponse, type ProxyConfig} from 'next/server'
import {BAD_ADDRESS_HTML} from './lib/bad-address.ts'
import {legacyAddress} from './lib/legacy-address.ts'
import {routes} from './lib/routes.ts'
import {legacyTarget} from './sanity/lib/legacy-redirects.ts'
import {redirectFor} from './sanity/lib/redirects.ts'

// Old addresses, in one hop: the redirects kept in the Studio (/bipoc), the previous site's
// article, category and tag addresses and `/?p=N`, and a trailing slash on any path. Addresses that are not valid percent-encoded UTF-8,
// which get a 400 here rather than a 500 from Next's router. And searches (below).
//
// Nothing else: the site's other pages never pass through here (see `config`). Each page answers
// an unknown or hidden article, clinician, topic or list page with its own `notFound()`, a 404
// from the first request, and scheduled posts go live in the page cache
// (lib/cache/page-cache-handler.ts). Running the proxy on every page cost about 14.5 % of the
// server's time on a prerendered page (Next's middleware adapter builds a request and a
// response for it), measured in a CPU profile of /team/maya-ellison under load.

function redirectTo(path: string, request: NextRequest, search = '') {
  return NextResponse.redirect(new URL(`${path}${search}`, request.url), 308)
}

// Next answers a path that is not valid percent-encoded UTF-8 ("/team/%ff") with a 500 when it
// decodes the route's params; it is the visitor's malformed address, so it gets a 400 here.
// Not a rewrite: Next still decodes the original path when it renders the rewritten page.
function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

// A search (`/search?q=…`, the plain form's address, which visitors see and share) is served by
// a page cached per query, app/(site)/search/[query], instead of being rendered per request:
// a render cost about 5 ms of CPU against under 1 ms for a cached page, and at 100 connections
// the queue behind searches set the p99 of the bench's mix. Here rather than a rewrite in
// next.config.ts, whose destination left `/` and `%` in the query unescaped (a 404 and a 500).
function searchPage(request: NextRequest): NextResponse | null {
  const query = request.nextUrl.searchParams.get('q')
  if (!query) return null
  return NextResponse.rewrite(new URL(routes.searchResults(query), request.url))
}

export async function proxy(request: NextRequest) {
  const {pathname, search, searchParams} = request.nextUrl
  if (!isDecodable(pathname)) {
    return new NextResponse(BAD_ADDRESS_HTML, {status: 400, headers: {'content-type': 'text/html; charset=utf-8'}})
  }
  // next.config.ts leaves trailing slashes to this proxy (skipTrailingSlashRedirect), so that an
  // old address like /{slug}/ takes one hop to /blog/{slug}, not two.
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') || '/' : pathname
  const kept = await redirectFor(path)
  if (kept) return NextResponse.redirect(new URL(kept.to, request.url), kept.permanent ? 308 : 307)
  const address = legacyAddress(path, searchParams)
  const target = address ? await legacyTarget(address) : null
  if (target) return redirectTo(target, request)
  if (path !== pathname) return redirectTo(path, request, search)
  return (path === routes.search && searchPage(request)) || NextResponse.next()
}

// Literals, because Next reads them at build. The first segments are the site's sections
// (lib/routes.ts, SECTIONS) and Next's own; __tests__/proxy.test.ts checks both lists against
// the route map.
export const config: ProxyConfig = {
  matcher: [
    // Any path outside the site's sections and files: where the previous site's addresses live
    // (/{slug}, /category/x, /tag/x). Not `/` itself.
    '/((?!(?:_next|_|api|studio|blog|team|services|groups|search|contact|crisis|privacy|insurance-and-fees|notice-of-privacy-practices)(?:/|$)|(?:feed\\.xml|sitemap\\.xml|robots\\.txt|favicon\\.ico|icon|apple-icon|share-card\\.png)$).+)',
    // A trailing slash within the sections.
    '/((?:api|studio|blog|team|services|groups|search|contact|crisis|privacy|insurance-and-fees|notice-of-privacy-practices)(?:/.*)?/)',
    // Percent-escapes below a section, which may not decode (its dynamic routes and the
    // catch-all not-found route decode them).
    '/((?:api|studio|blog|team|services|groups|search|contact|crisis|privacy|insurance-and-fees|notice-of-privacy-practices)/.*%.*)',
    // The previous site's `/?p=N`.
    {source: '/', has: [{type: 'query', key: 'p'}]},
    // A search.
    {source: '/search', has: [{type: 'query', key: 'q'}]},
  ],
}
