import {afterAll, beforeAll, describe, expect, it, jest} from '@jest/globals'
import {NextRequest} from 'next/server'
import {startTestLake, type TestLake} from './helpers/lake.ts'
import {startGoLiveReceiver, type GoLiveReceiver} from './helpers/go-live-receiver.ts'

let t: TestLake
let site: GoLiveReceiver
let proxy: (request: NextRequest) => Promise<Response>
let getSiteIndex: typeof import('../sanity/lib/site-index.ts').getSiteIndex
let SITE_INDEX_TTL_MS: number
let goLiveHandledThrough: () => number

beforeAll(async () => {
  t = await startTestLake()
  // The proxy calls /api/go-live on its own server; here a receiver stands in for the route.
  site = await startGoLiveReceiver()
  process.env.LAKE_PORT = String(t.lake.port)
  process.env.PORT = String(site.port)
  // Pages "built" now: go-lives before this are already on them.
  process.env.SITE_BUILT_AT = String(Date.now())
  ;({proxy} = await import('../proxy.ts'))
  ;({getSiteIndex, SITE_INDEX_TTL_MS} = await import('../sanity/lib/site-index.ts'))
  ;({goLiveHandledThrough} = await import('../sanity/lib/go-live.ts'))
})
afterAll(async () => {
  await site.close()
  await t.stop()
})

const request = (path: string, init?: ConstructorParameters<typeof NextRequest>[1]) =>
  proxy(new NextRequest(`http://localhost${path}`, init))
const statusOf = async (path: string) => (await request(path)).status

describe('proxy', () => {
  it('answers malformed page numbers and slugs with a 404 before rendering', async () => {
    for (const path of [
      '/blog/page/0',
      '/blog/page/2abc',
      '/blog/page/-1',
      '/blog/Bad_Slug',
      '/blog/category/a%20b',
      '/team/..%2Fetc',
      '/blog/category/ok/page/x',
      '/services/astrology',
    ]) {
      expect({path, status: await statusOf(path)}).toEqual({path, status: 404})
    }
  })

  it('answers list pages past the end, and unknown categories, with a 404', async () => {
    // The seed has 8 live posts: one page overall, and one per category.
    for (const path of ['/blog/page/2', '/blog/category/recovery/page/2', '/blog/category/no-such-topic']) {
      expect({path, status: await statusOf(path)}).toEqual({path, status: 404})
    }
  })

  it('lets well-formed URLs of pages that exist through', async () => {
    for (const path of [
      '/blog',
      '/blog/page/1',
      '/blog/your-first-group-session',
      '/blog/category/recovery',
      '/blog/category/recovery/page/1',
      '/team/maya-ellison',
      '/services/group-therapy',
    ]) {
      expect({path, status: await statusOf(path)}).toEqual({path, status: 200})
    }
  })

  it('answers unknown, draft and scheduled articles, and unknown clinicians and topics, with a 404', async () => {
    // The seed's draft, and its post scheduled for 2027.
    for (const path of [
      '/blog/no-such-post',
      '/blog/talking-to-family-about-treatment',
      '/blog/rest-and-sleep-in-early-recovery',
      '/team/no-such-clinician',
      '/blog/category/no-such-topic',
    ]) {
      const response = await request(path)
      expect({path, status: response.status, rewrite: response.headers.get('x-middleware-rewrite')}).toEqual({
        path,
        status: 404,
        rewrite: 'http://localhost/_/not-found',
      })
    }
  })

  it('lets an editor in draft mode through to drafts and scheduled posts', async () => {
    const response = await request('/blog/talking-to-family-about-treatment', {
      headers: {cookie: '__prerender_bypass=abc'},
    })
    expect(response.status).toBe(200)
  })

  it('lets an article through as soon as it is published', async () => {
    expect(await statusOf('/blog/published-just-now')).toBe(404)
    await t.client.create({
      _id: 'post-published-just-now',
      _type: 'post',
      title: 'Just now',
      slug: {_type: 'slug', current: 'published-just-now'},
      publishedAt: '2026-01-01T00:00:00Z',
    })
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    expect(await statusOf('/blog/published-just-now')).toBe(200)
  })

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

  it('expires the post tags once on the first request after a post goes live, and then lets the post through', async () => {
    const calls = site.calls.length
    const goLive = Date.now() + 2_500
    await t.client.create({
      _id: 'post-goes-live',
      _type: 'post',
      title: 'Goes live',
      slug: {_type: 'slug', current: 'goes-live'},
      publishedAt: new Date(goLive).toISOString(),
    })
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    expect(await statusOf('/blog/goes-live')).toBe(404)
    expect(site.calls.length).toBe(calls)
    await new Promise((resolve) => setTimeout(resolve, goLive - Date.now() + 1_000))
    // Several requests at once: one go-live call, and each request sees the post.
    const statuses = await Promise.all([statusOf('/blog/goes-live'), statusOf('/blog'), statusOf('/blog/goes-live')])
    expect(statuses).toEqual([200, 200, 200])
    expect(site.calls.slice(calls)).toHaveLength(1)
    expect(site.calls.at(-1)?.validSignature).toBe(true)
    expect(goLiveHandledThrough()).toBeGreaterThanOrEqual(goLive)
    await statusOf('/blog')
    expect(site.calls.slice(calls)).toHaveLength(1)
  })

  it('passes a go-live on the first request after it, even when the last request came before the post was scheduled', async () => {
    // A quiet site: the proxy's copy of the index was fetched before the post was scheduled,
    // and no request comes between the scheduling and the go-live.
    await getSiteIndex({since: goLiveHandledThrough(), maxAgeMs: 0, fresh: true})
    const fetchedAt = Date.now()
    const calls = site.calls.length
    const goLive = fetchedAt + 2_000
    await t.client.create({
      _id: 'post-goes-live-on-a-quiet-site',
      _type: 'post',
      title: 'Quiet',
      slug: {_type: 'slug', current: 'goes-live-on-a-quiet-site'},
      publishedAt: new Date(goLive).toISOString(),
    })
    await new Promise((resolve) => setTimeout(resolve, fetchedAt + SITE_INDEX_TTL_MS + 500 - Date.now()))
    expect(await statusOf('/blog')).toBe(200)
    expect(site.calls.slice(calls)).toHaveLength(1)
    expect(goLiveHandledThrough()).toBeGreaterThanOrEqual(goLive)
  }, 20_000)

  it('tries a go-live again when the site could not expire the tags', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    site.failNext(1)
    const calls = site.calls.length
    const goLive = Date.now() + 1_500
    await t.client.create({
      _id: 'post-goes-live-later',
      _type: 'post',
      title: 'Later',
      slug: {_type: 'slug', current: 'goes-live-later'},
      publishedAt: new Date(goLive).toISOString(),
    })
    await getSiteIndex({since: goLiveHandledThrough(), maxAgeMs: 0, fresh: true})
    await new Promise((resolve) => setTimeout(resolve, goLive - Date.now() + 1_000))
    expect(await statusOf('/blog')).toBe(200)
    expect(goLiveHandledThrough()).toBeLessThan(goLive)
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    expect(await statusOf('/blog')).toBe(200)
    expect(site.calls.slice(calls)).toHaveLength(2)
    expect(goLiveHandledThrough()).toBeGreaterThanOrEqual(goLive)
    errors.mockRestore()
  })

  it('lets a list page through as soon as new posts create it', async () => {
    expect(await statusOf('/blog/page/2')).toBe(404)
    const transaction = t.client.transaction()
    for (let i = 0; i < 5; i++) {
      transaction.create({
        _type: 'post',
        title: `Extra ${i}`,
        slug: {_type: 'slug', current: `extra-${i}`},
        publishedAt: '2026-01-01T00:00:00Z',
      })
    }
    await transaction.commit()
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    expect(await statusOf('/blog/page/2')).toBe(200)
  })

  it('lets well-formed URLs through when the Content Lake cannot be asked', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    await t.lake.close()
    // Ask again past the memo's lifetime, so the next answer comes from the (stopped) lake.
    await getSiteIndex({since: goLiveHandledThrough(), maxAgeMs: 0, fresh: true})
    expect(await statusOf('/blog/page/2')).toBe(200)
    expect(await statusOf('/blog/page/2abc')).toBe(404)
    errors.mockRestore()
  })
})

describe('addresses that are not valid UTF-8', () => {
  it('are a 400 from the proxy, not a server error from the router', async () => {
    for (const path of ['/team/%ff', '/blog/%00%ff%fe', '/%ff', '/privacy/%e0%a4%a']) {
      expect({path, status: await statusOf(path)}).toEqual({path, status: 400})
    }
  })
})
