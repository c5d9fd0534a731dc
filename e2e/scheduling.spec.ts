import {expect, test, type APIRequestContext} from '@playwright/test'
import {lakeClient} from './lake'

// A post scheduled about 30 s ahead: hidden everywhere before its time, and on every surface on
// the first request after it, with no webhook, cron or rebuild at go-live. (Creating it sends a
// webhook, as any edit does; the go-live itself sends nothing.)
const LEAD_MS = 30_000
const word = `Zephyrine${Date.now()}`
const slug = `scheduled-${Date.now()}`

const surfaces = [
  '/',
  '/blog',
  '/blog/category/recovery',
  `/search?q=${word}`,
  '/feed.xml',
  '/sitemap.xml',
  '/team/andre-whitaker',
  '/blog/stepping-down-from-inpatient-care',
]

async function shows(request: APIRequestContext, path: string): Promise<boolean> {
  return (await (await request.get(path)).text()).includes(slug)
}

async function articleIsLive(request: APIRequestContext): Promise<boolean> {
  const response = await request.get(`/blog/${slug}`)
  const html = await response.text()
  return response.status() === 200 && html.includes(`<h1>${word} in recovery</h1>`)
}

test('a scheduled post is hidden until its time and everywhere on the first requests after', async ({request}) => {
  test.setTimeout(120_000)
  const goLive = Date.now() + LEAD_MS
  await lakeClient.create({
    _id: `post-${slug}`,
    _type: 'post',
    title: `${word} in recovery`,
    slug: {_type: 'slug', current: slug},
    excerpt: 'A post that goes live on its own.',
    publishedAt: new Date(goLive).toISOString(),
    author: {_type: 'reference', _ref: 'clinician-andre-whitaker'},
    categories: [{_type: 'reference', _ref: 'category-recovery', _key: 'c0'}],
  })
  try {
    // Let the creation's webhook land, then look everywhere before go-live.
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    for (const path of surfaces) expect({path, shows: await shows(request, path)}).toEqual({path, shows: false})
    expect(await articleIsLive(request)).toBe(false)
    expect(Date.now()).toBeLessThan(goLive)

    await new Promise((resolve) => setTimeout(resolve, goLive - Date.now() + 1_000))
    for (const path of surfaces) expect({path, shows: await shows(request, path)}).toEqual({path, shows: true})
    expect(await articleIsLive(request)).toBe(true)
  } finally {
    await lakeClient.delete(`post-${slug}`)
  }
})
