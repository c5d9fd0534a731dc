import {type NextRequest, NextResponse} from 'next/server'
import {BAD_ADDRESS_HTML} from './lib/bad-address.ts'
import {legacyAddress} from './lib/legacy-address.ts'
import {pageCount, parsePageParam} from './lib/pagination.ts'
import {parseSlug} from './lib/params.ts'
import {NOT_FOUND_PATH, routePatterns, SECTIONS} from './lib/routes.ts'
import {getService} from './lib/services/index.ts'
import {goLiveHandledThrough, passGoLive} from './sanity/lib/go-live.ts'
import {legacyTarget} from './sanity/lib/legacy-redirects.ts'
import {getSiteIndex, type SiteIndex} from './sanity/lib/site-index.ts'

// With Cache Components a page streams its prerendered shell, and with it a 200, before it can
// find that its URL is wrong. So what is missing is answered here, before rendering, with a real
// 404: malformed URLs (a page number like "2abc", a slug with characters slugs never have),
// articles, topics and clinicians a visitor may not see (unknown, draft or still scheduled), and
// list pages past the end. Here too: scheduled posts go live (sanity/lib/go-live.ts), and old
// addresses are redirected in one hop. When the Content Lake cannot be asked, a well-formed URL
// goes through to its page.

type Groups = Record<string, string | undefined>

type Check = {
  pattern: URLPattern
  wellFormed: (groups: Groups) => boolean
  /** Whether the page exists, given the site index; absent for pages that need no index. */
  exists?: (groups: Groups, index: SiteIndex) => boolean
}

const categoryPageExists = (g: Groups, index: SiteIndex) => {
  const posts = index.categories.get(g.slug ?? '')
  return posts !== undefined && Number(g.page ?? 1) <= pageCount(posts)
}

const CHECKS: Check[] = [
  {
    pattern: new URLPattern({pathname: routePatterns.postsPage}),
    wellFormed: (g) => parsePageParam(g.page) !== null,
    exists: (g, index) => Number(g.page) <= pageCount(index.posts.size),
  },
  {
    pattern: new URLPattern({pathname: routePatterns.categoryPage}),
    wellFormed: (g) => parseSlug(g.slug) !== null && parsePageParam(g.page) !== null,
    exists: categoryPageExists,
  },
  {
    pattern: new URLPattern({pathname: routePatterns.category}),
    wellFormed: (g) => parseSlug(g.slug) !== null,
    exists: categoryPageExists,
  },
  {
    pattern: new URLPattern({pathname: routePatterns.post}),
    wellFormed: (g) => parseSlug(g.slug) !== null,
    exists: (g, index) => index.posts.has(g.slug ?? ''),
  },
  {
    pattern: new URLPattern({pathname: routePatterns.clinician}),
    wellFormed: (g) => parseSlug(g.slug) !== null,
    exists: (g, index) => index.clinicians.has(g.slug ?? ''),
  },
  // Service pages are static content: an unknown one is known to be missing without asking anyone.
  {
    pattern: new URLPattern({pathname: routePatterns.service}),
    wellFormed: (g) => getService(g.slug ?? '') !== undefined,
  },
]

// How long a request waits for a current site index before going on with the older copy: a
// healthy content API answers well within it, and a slow one costs a visitor this much at most,
// once per time to live. If it is late, the request after its answer passes the go-live.
const CURRENT_INDEX_WAIT_MS = 250

// A page that looks missing is checked against a copy no older than a second, so an article
// just published (or a page 2 that a new post has just created) is not refused for long.
const RECHECK_MISSING_AFTER_MS = 1_000

// Draft mode's cookie (Next's own name for it): editors preview drafts and scheduled posts at
// their URLs, which visitors may not see. A forged cookie only reaches the page, which renders
// its own not-found for a hidden post.
const DRAFT_MODE_COOKIE = '__prerender_bypass'

/**
 * The site index, after passing a go-live that is due, so this very request sees the new post.
 * Only while the Content Lake answers: the go-live makes pages render before answering, and
 * without it they would fail where their cached copies still serve. A later request tries again.
 *
 * A copy past its time to live is not acted on: it cannot know a post scheduled after it was
 * fetched. On a quiet site (a post scheduled in the evening, the first visitor after its time
 * the next morning) the first request would otherwise get the pages without the post, and only
 * the next one would pass the go-live. The wait is one short query per time to live, shared by
 * the requests that arrive meanwhile, and bounded (CURRENT_INDEX_WAIT_MS).
 */
async function siteIndexForRequest(): Promise<SiteIndex | null> {
  const now = Date.now()
  const index = await getSiteIndex({since: goLiveHandledThrough(), now, fresh: true, waitMs: CURRENT_INDEX_WAIT_MS})
  if (index?.nextGoLiveAt == null || index.nextGoLiveAt > now) return index
  const lakeAnswers = (await getSiteIndex({since: goLiveHandledThrough(), maxAgeMs: 0, fresh: true})) !== null
  if (!lakeAnswers || !(await passGoLive(now))) return index
  return (await getSiteIndex({since: goLiveHandledThrough(), maxAgeMs: 0, fresh: true})) ?? index
}

async function isMissing(groups: Groups, exists: NonNullable<Check['exists']>, index: SiteIndex): Promise<boolean> {
  if (exists(groups, index)) return false
  const fresher = await getSiteIndex({since: goLiveHandledThrough(), maxAgeMs: RECHECK_MISSING_AFTER_MS, fresh: true})
  return fresher !== null && !exists(groups, fresher)
}

function notFound(request: NextRequest) {
  return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url), {status: 404})
}

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

// Paths the site index says nothing about: route handlers (the go-live call itself comes
// through here) and the Studio.
const isEditorialOrApi = (pathname: string) =>
  pathname.startsWith(`${SECTIONS.api}/`) || pathname === SECTIONS.studio || pathname.startsWith(`${SECTIONS.studio}/`)

export async function proxy(request: NextRequest) {
  const {pathname, search, searchParams} = request.nextUrl
  if (!isDecodable(pathname)) {
    return new NextResponse(BAD_ADDRESS_HTML, {status: 400, headers: {'content-type': 'text/html; charset=utf-8'}})
  }
  // next.config.ts leaves trailing slashes to this proxy (skipTrailingSlashRedirect), so that an
  // old address like /{slug}/ takes one hop to /blog/{slug}, not two.
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') || '/' : pathname
  const address = legacyAddress(path, searchParams)
  const target = address ? await legacyTarget(address) : null
  if (target) return redirectTo(target, request)
  if (path !== pathname) return redirectTo(path, request, search)
  if (isEditorialOrApi(pathname)) return NextResponse.next()

  const index = await siteIndexForRequest()
  const inDraftMode = request.cookies.has(DRAFT_MODE_COOKIE)
  for (const {pattern, wellFormed, exists} of CHECKS) {
    const match = pattern.exec({pathname})
    if (!match) continue
    const groups = match.pathname.groups
    if (!wellFormed(groups)) return notFound(request)
    if (exists && index && !inDraftMode && (await isMissing(groups, exists, index))) return notFound(request)
    return NextResponse.next()
  }
  return NextResponse.next()
}

export const config = {
  // Every path but Next's own (assets, images, the dev server's reload socket) and the pages
  // that show nothing a go-live or a missing document could change (the notices, crisis,
  // contact, the services index): a request to those would only pay for the proxy. Their
  // trailing-slash and malformed forms (/privacy/, /privacy/%ff) still come through. A literal,
  // because Next reads it at build.
  matcher: [
    '/((?!_next/|favicon.ico|(?:privacy|crisis|contact|contact/thanks|insurance-and-fees|notice-of-privacy-practices|services)$).*)',
  ],
}
