import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {NextRequest} from 'next/server'
import {unstable_doesMiddlewareMatch} from 'next/experimental/testing/server'
import {SECTIONS} from '../lib/routes.ts'
import {startTestLake, type TestLake} from './helpers/lake.ts'

let t: TestLake
let proxy: (request: NextRequest) => Promise<Response>
let config: typeof import('../proxy.ts').config

beforeAll(async () => {
  t = await startTestLake()
  process.env.LAKE_PORT = String(t.lake.port)
  ;({proxy, config} = await import('../proxy.ts'))
})
afterAll(async () => {
  await t.stop()
})

const request = (path: string, init?: ConstructorParameters<typeof NextRequest>[1]) =>
  proxy(new NextRequest(`http://localhost${path}`, init))
const statusOf = async (path: string) => (await request(path)).status
const runsOn = (path: string) => unstable_doesMiddlewareMatch({config, url: path})

describe('which requests pass through the proxy', () => {
  it("leaves the site's own pages alone, whatever their parameters", () => {
    for (const path of [
      '/',
      '/blog',
      '/blog/page/2',
      '/blog/your-first-group-session',
      '/blog/no-such-post',
      '/blog/category/recovery/page/2',
      '/team',
      '/team/maya-ellison',
      '/services/group-therapy',
      '/search',
      '/privacy',
      '/contact/thanks',
      '/feed.xml',
      '/sitemap.xml',
      '/icon',
      '/apple-icon',
      '/share-card.png',
      '/studio/structure',
      '/api/revalidate',
      '/_next/static/chunks/a.js',
    ]) {
      expect({path, runs: runsOn(path)}).toEqual({path, runs: false})
    }
  })

  it("takes old addresses, trailing slashes and percent-escapes below the site's sections", () => {
    for (const path of [
      '/some-old-article',
      '/some-old-article/',
      '/category/recovery',
      '/tag/recovery/',
      '/?p=42',
      '/search?q=group',
      '/blog/',
      '/blog/category/recovery/',
      '/team/%ff',
      '/privacy/%e0%a4%a',
      '/%ff',
    ]) {
      expect({path, runs: runsOn(path)}).toEqual({path, runs: true})
    }
  })

  it('names every section of the route map in each of its lists of sections', () => {
    const lists = [config.matcher ?? []].flat().filter((matcher) => typeof matcher === 'string')
    expect(lists).toHaveLength(3)
    for (const list of lists) {
      for (const section of Object.values(SECTIONS)) {
        const named = new RegExp(`[(:|]${section.slice(1)}[|)]`).test(list)
        expect({list, section, named}).toEqual({list, section, named: true})
      }
    }
  })
})

describe('proxy', () => {
  it("redirects the previous site's addresses to where they live now in one 308 hop, and only those", async () => {
    const slug = 'the-role-of-group-therapy-in-intensive-outpatient-programs'
    for (const path of [`/${slug}`, `/${slug}/`, '/category/recovery', '/category/recovery/', '/tag/recovery/']) {
      const response = await request(path)
      const location = response.headers.get('location')
      expect({path, status: response.status, location}).toEqual({
        path,
        status: 308,
        location: path.includes('recovery')
          ? 'http://localhost/blog/category/recovery'
          : `http://localhost/blog/${slug}`,
      })
    }
    // A draft, an unknown slug and the site's own routes are not redirected.
    for (const path of ['/talking-to-family-about-treatment', '/no-such-article', '/contact', '/feed.xml']) {
      expect({path, status: await statusOf(path)}).toEqual({path, status: 200})
    }
  })

  it('drops a trailing slash with one 308, keeping the query', async () => {
    const response = await request('/blog/category/recovery/?utm=x')
    expect(response.status).toBe(308)
    expect(response.headers.get('location')).toBe('http://localhost/blog/category/recovery?utm=x')
    expect(await statusOf('/')).toBe(200)
  })
})

describe('a search', () => {
  it("is served by the query's cached page, whatever the query holds, at the address the visitor typed", async () => {
    const rewrites = {
      'q=group+therapy': '/search/group%20therapy',
      'q=a%2Fb%3Fc%26d': '/search/a%2Fb%3Fc%26d',
      'q=100%25': '/search/100%25',
      'q=caf%C3%A9&page=2': '/search/caf%C3%A9',
    }
    for (const [query, page] of Object.entries(rewrites)) {
      const response = await request(`/search?${query}`)
      const rewrite = response.headers.get('x-middleware-rewrite')
      expect({query, status: response.status, rewrite}).toEqual({
        query,
        status: 200,
        rewrite: `http://localhost${page}`,
      })
    }
    // No query, or an empty one: the search box's own page.
    for (const query of ['', '?q=']) {
      expect((await request(`/search${query}`)).headers.get('x-middleware-rewrite')).toBeNull()
    }
  })
})

describe('addresses that are not valid UTF-8', () => {
  it('are a 400 from the proxy, not a server error from the router', async () => {
    for (const path of ['/team/%ff', '/blog/%00%ff%fe', '/%ff', '/privacy/%e0%a4%a']) {
      expect({path, status: await statusOf(path)}).toEqual({path, status: 400})
    }
  })
})
