import {type NextRequest, NextResponse} from 'next/server'
import {NOT_FOUND_PATH} from './lib/not-found'
import {parsePageParam} from './lib/pagination'
import {parseSlug} from './lib/params'

// With Cache Components a page streams its prerendered shell, and with it a 200, before it can
// find that its URL is wrong. URLs that are malformed on their face (a page number like "2abc",
// a slug with characters slugs never have) are answered here instead, with a real 404.
const ROUTES: {pattern: URLPattern; valid: (groups: Record<string, string | undefined>) => boolean}[] = [
  {pattern: new URLPattern({pathname: '/blog/page/:page'}), valid: (g) => parsePageParam(g.page) !== null},
  {
    pattern: new URLPattern({pathname: '/blog/category/:slug/page/:page'}),
    valid: (g) => parseSlug(g.slug) !== null && parsePageParam(g.page) !== null,
  },
  {pattern: new URLPattern({pathname: '/blog/category/:slug'}), valid: (g) => parseSlug(g.slug) !== null},
  {pattern: new URLPattern({pathname: '/blog/:slug'}), valid: (g) => g.slug === 'page' || parseSlug(g.slug) !== null},
  {pattern: new URLPattern({pathname: '/team/:slug'}), valid: (g) => parseSlug(g.slug) !== null},
]

export function proxy(request: NextRequest) {
  for (const {pattern, valid} of ROUTES) {
    const match = pattern.exec({pathname: request.nextUrl.pathname})
    if (!match) continue
    if (valid(match.pathname.groups)) return NextResponse.next()
    return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url), {status: 404})
  }
  return NextResponse.next()
}

export const config = {
  matcher: ['/blog/:path*', '/team/:path*'],
}
