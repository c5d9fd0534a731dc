import {afterAll, beforeAll, describe, expect, it, jest} from '@jest/globals'
import {NextRequest} from 'next/server'
import {startTestLake, type TestLake} from './helpers/lake.ts'

let t: TestLake
let proxy: (request: NextRequest) => Promise<Response>
let getListSizes: (maxAgeMs?: number, now?: number, options?: {fresh?: boolean}) => Promise<unknown>

beforeAll(async () => {
  t = await startTestLake()
  process.env.LAKE_PORT = String(t.lake.port)
  ;({proxy} = await import('../proxy'))
  ;({getListSizes} = await import('../sanity/lib/list-sizes'))
})
afterAll(() => t.stop())

const statusOf = async (path: string) => (await proxy(new NextRequest(`http://localhost${path}`))).status

describe('proxy', () => {
  it('answers malformed page numbers and slugs with a 404 before rendering', async () => {
    for (const path of ['/blog/page/0', '/blog/page/2abc', '/blog/page/-1', '/blog/Bad_Slug', '/blog/category/a%20b', '/team/..%2Fetc', '/blog/category/ok/page/x', '/services/astrology']) {
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
    for (const path of ['/blog', '/blog/page/1', '/blog/some-article', '/blog/category/recovery', '/blog/category/recovery/page/1', '/team/maya-ellison', '/services/group-therapy']) {
      expect({path, status: await statusOf(path)}).toEqual({path, status: 200})
    }
  })

  it('redirects the previous site\'s article URLs to /blog/{slug} with a 308, and only those', async () => {
    const response = await proxy(new NextRequest('http://localhost/the-role-of-group-therapy-in-intensive-outpatient-programs'))
    expect(response.status).toBe(308)
    expect(response.headers.get('location')).toBe('http://localhost/blog/the-role-of-group-therapy-in-intensive-outpatient-programs')
    // A draft, an unknown slug and the site's own routes are not redirected.
    for (const path of ['/talking-to-family-about-treatment', '/no-such-article', '/contact', '/feed.xml']) {
      expect({path, status: await statusOf(path)}).toEqual({path, status: 200})
    }
  })

  it('lets a list page through as soon as new posts create it', async () => {
    expect(await statusOf('/blog/page/2')).toBe(404)
    const transaction = t.client.transaction()
    for (let i = 0; i < 5; i++) {
      transaction.create({_type: 'post', title: `Extra ${i}`, slug: {_type: 'slug', current: `extra-${i}`}, publishedAt: '2026-01-01T00:00:00Z'})
    }
    await transaction.commit()
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    expect(await statusOf('/blog/page/2')).toBe(200)
  })

  it('lets well-formed URLs through when the Content Lake cannot be asked', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    await t.lake.close()
    // Ask again past the memo's lifetime, so the next answer comes from the (stopped) lake.
    await getListSizes(0, Date.now(), {fresh: true})
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
