import {existsSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from '@jest/globals'
import {disableDraftModeQuery, enableDraftModeQuery} from '../../../lib/preview/params.ts'
import {
  categoryLocations,
  clinicianLocations,
  mainDocuments,
  postLocations,
  previewMode,
  settingsLocations,
} from '../../../sanity/studio/presentation.ts'

const ROOT = process.cwd()
// The route a site path is served by, so the Presentation tool never points at a page that is not there.
const ROUTE_FILES: Record<string, string> = {
  '/': 'app/(site)/page.tsx',
  '/blog': 'app/(site)/blog/page.tsx',
  '/blog/:slug': 'app/(site)/blog/[slug]/page.tsx',
  '/blog/category/:slug': 'app/(site)/blog/category/[slug]/page.tsx',
  '/team': 'app/(site)/team/page.tsx',
  '/team/:slug': 'app/(site)/team/[slug]/page.tsx',
  '/contact': 'app/(site)/contact/page.tsx',
  '/crisis': 'app/(site)/crisis/page.tsx',
}
const routeOf = (href: string) =>
  Object.keys(ROUTE_FILES).find((route) => new RegExp(`^${route.replace(/:slug/g, '[a-z0-9-]+')}$`).test(href))

describe('Presentation locations', () => {
  it('shows an article on its page, the index and home', () => {
    expect(postLocations({title: 'Sleep', slug: 'sleep'})).toEqual({
      locations: [
        {title: 'Sleep', href: '/blog/sleep'},
        {title: 'Articles', href: '/blog'},
        {title: 'Home', href: '/'},
      ],
    })
  })

  it('asks for a slug before there is a page to show', () => {
    for (const state of [postLocations({title: 'New'}), clinicianLocations({name: 'New'}), categoryLocations(null)]) {
      expect(state).toEqual({message: expect.stringMatching(/Generate a slug/), tone: 'caution'})
    }
  })

  it('points every location at a route the site serves', () => {
    const states = [
      postLocations({title: 'Sleep', slug: 'sleep'}),
      clinicianLocations({name: 'Maya', slug: 'maya-ellison'}),
      categoryLocations({title: 'Recovery', slug: 'recovery'}),
      settingsLocations(),
    ]
    const hrefs = states.flatMap((state) => state.locations?.map((location) => location.href) ?? [])
    expect(hrefs.length).toBeGreaterThanOrEqual(10)
    for (const href of hrefs) {
      const route = routeOf(href)
      expect({href, route}).toEqual({href, route: expect.any(String)})
      expect(existsSync(path.join(ROOT, ROUTE_FILES[route as string]))).toBe(true)
    }
  })

  it('maps each page with a document back to that document', () => {
    for (const {route} of mainDocuments) {
      expect(typeof route === 'string' && existsSync(path.join(ROOT, ROUTE_FILES[route] ?? 'missing'))).toBe(true)
    }
    expect(mainDocuments.map((d) => d.filter)).toEqual(
      expect.arrayContaining([expect.stringContaining('_type == "post"')]),
    )
  })

  it('enables and disables draft mode through routes that exist', () => {
    expect(existsSync(path.join(ROOT, `app${previewMode.enable}/route.ts`))).toBe(true)
    expect(existsSync(path.join(ROOT, `app${previewMode.disable}/route.ts`))).toBe(true)
  })
})

describe('draft-mode route parameters', () => {
  it('needs a secret and accepts only a path on this site to return to', () => {
    expect(
      enableDraftModeQuery.safeParse({'sanity-preview-secret': 'abc', 'sanity-preview-pathname': '/blog/x'}).success,
    ).toBe(true)
    expect(enableDraftModeQuery.safeParse({}).success).toBe(false)
    expect(enableDraftModeQuery.safeParse({'sanity-preview-secret': '   '}).success).toBe(false)
    for (const pathname of ['//evil.example', 'https://evil.example', '/\\evil.example', 'blog']) {
      expect(
        enableDraftModeQuery.safeParse({'sanity-preview-secret': 'abc', 'sanity-preview-pathname': pathname}).success,
      ).toBe(false)
    }
  })

  it('leaving preview returns to a path on this site, or home', () => {
    expect(disableDraftModeQuery.parse({redirect: '/blog/sleep'})).toEqual({redirect: '/blog/sleep'})
    expect(disableDraftModeQuery.parse({redirect: '//evil.example'})).toEqual({redirect: undefined})
    expect(disableDraftModeQuery.parse({})).toEqual({redirect: undefined})
  })
})
