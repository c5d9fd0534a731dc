import {type NextRequest, NextResponse} from 'next/server'
import {BAD_ADDRESS_HTML} from './lib/bad-address'
import {NOT_FOUND_PATH} from './lib/not-found'
import {pageCount, parsePageParam} from './lib/pagination'
import {parseSlug} from './lib/params'
import {getService} from './lib/services'
import {legacyAddress} from './lib/legacy-address'
import {legacyTarget} from './sanity/lib/legacy-redirects'
import {getListSizes, type ListSizes} from './sanity/lib/list-sizes'

// With Cache Components a page streams its prerendered shell, and with it a 200, before it can
// find that its URL is wrong. Malformed URLs (a page number like "2abc", a slug with characters
// slugs never have) and list pages past the end are answered here instead, with a real 404.
// When the Content Lake cannot be asked, a well-formed URL goes through to its page.

type Check = {
  pattern: URLPattern
  wellFormed: (groups: Record<string, string | undefined>) => boolean
  /** For list pages: whether the page exists, given the lists' sizes. */
  exists?: (groups: Record<string, string | undefined>, sizes: ListSizes) => boolean
}

const categoryPageExists = (g: Record<string, string | undefined>, sizes: ListSizes) => {
  const posts = sizes.categories.get(g.slug ?? '')
  return posts !== undefined && Number(g.page ?? 1) <= pageCount(posts)
}

const CHECKS: Check[] = [
  {
    pattern: new URLPattern({pathname: '/blog/page/:page'}),
    wellFormed: (g) => parsePageParam(g.page) !== null,
    exists: (g, sizes) => Number(g.page) <= pageCount(sizes.posts),
  },
  {
    pattern: new URLPattern({pathname: '/blog/category/:slug/page/:page'}),
    wellFormed: (g) => parseSlug(g.slug) !== null && parsePageParam(g.page) !== null,
    exists: categoryPageExists,
  },
  {
    pattern: new URLPattern({pathname: '/blog/category/:slug'}),
    wellFormed: (g) => parseSlug(g.slug) !== null,
    exists: categoryPageExists,
  },
  {pattern: new URLPattern({pathname: '/blog/:slug'}), wellFormed: (g) => g.slug === 'page' || parseSlug(g.slug) !== null},
  {pattern: new URLPattern({pathname: '/team/:slug'}), wellFormed: (g) => parseSlug(g.slug) !== null},
  // Service pages are static content: an unknown one is known to be missing without asking anyone.
  {pattern: new URLPattern({pathname: '/services/:slug'}), wellFormed: (g) => getService(g.slug ?? '') !== undefined},
]

// A page that looks missing is checked against a copy no older than a second, so a page that a
// new post has just created (page 2 of the index, say) is not refused for long.
const RECHECK_MISSING_AFTER_MS = 1_000

async function pageIsMissing(groups: Record<string, string | undefined>, exists: NonNullable<Check['exists']>) {
  const sizes = await getListSizes()
  if (!sizes || exists(groups, sizes)) return false
  const fresher = await getListSizes(RECHECK_MISSING_AFTER_MS, Date.now(), {fresh: true})
  return fresher !== null && !exists(groups, fresher)
}

function notFound(request: NextRequest) {
  return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url), {status: 404})
}

async function legacyRedirect(request: NextRequest): Promise<NextResponse | null> {
  const address = legacyAddress(request.nextUrl.pathname, request.nextUrl.searchParams)
  const target = address ? await legacyTarget(address) : null
  return target ? NextResponse.redirect(new URL(target, request.url), 308) : null
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

export async function proxy(request: NextRequest) {
  if (!isDecodable(request.nextUrl.pathname)) {
    return new NextResponse(BAD_ADDRESS_HTML, {status: 400, headers: {'content-type': 'text/html; charset=utf-8'}})
  }
  const redirect = await legacyRedirect(request)
  if (redirect) return redirect
  for (const {pattern, wellFormed, exists} of CHECKS) {
    const match = pattern.exec({pathname: request.nextUrl.pathname})
    if (!match) continue
    const groups = match.pathname.groups
    if (!wellFormed(groups)) return notFound(request)
    if (!exists) return NextResponse.next()
    if (await pageIsMissing(groups, exists)) return notFound(request)
    return NextResponse.next()
  }
  return NextResponse.next()
}

export const config = {
  // Every page path (a malformed address can arrive at any of them), not Next's own assets.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
