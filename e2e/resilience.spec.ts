import {createClient} from '@sanity/client'
import {encodeSignatureHeader, SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import {expect, test} from '@playwright/test'
import {LAKE_DEFAULT_TOKEN, LAKE_DEFAULT_WEBHOOK_SECRET} from '../lib/lake-defaults.ts'
import {expectNoAxeViolations} from './axe.ts'
import {FaultProxy} from './fault-proxy.ts'
import {startLake, startSite, type Running} from './site-process.ts'
import {CONTENT_REQUEST_TIMEOUT_MS, SANITY_API_VERSION} from '../sanity/lib/api-version.ts'

// A third copy of the site whose content backend the tests can slow down or take away: the site
// talks to the lake through a proxy on LAKE_PORT, and the lake itself keeps running behind it.
const SITE = 'http://127.0.0.1:3102'
const PROXY_PORT = 4112
const LAKE_PORT = 4113
const lakeWriter = createClient({
  projectId: 'local',
  dataset: 'production',
  apiVersion: SANITY_API_VERSION,
  apiHost: `http://127.0.0.1:${LAKE_PORT}`,
  useProjectHostname: false,
  useCdn: false,
  token: LAKE_DEFAULT_TOKEN,
})

// Every kind of page a visitor reaches, with words each must still show.
const PAGES: [string, string][] = [
  ['/', 'Resilient Mind'],
  ['/blog', 'Articles'],
  ['/blog/your-first-group-session', 'Your First Group Session'],
  ['/blog/category/recovery', 'Recovery'],
  ['/team', 'Maya Ellison'],
  ['/team/maya-ellison', 'Maya Ellison'],
  ['/services/group-therapy', 'Group'],
  // A search made before the outage (not one prerendered at build): searches are cached too.
  ['/search?q=grounding', 'matches “grounding”'],
  ['/contact', 'appointment'],
  ['/feed.xml', '<rss'],
  ['/sitemap.xml', '<urlset'],
]

const proxy = new FaultProxy(PROXY_PORT, LAKE_PORT)
let lake: Running
let site: Running

test.describe.configure({mode: 'serial'})

test.beforeAll(async () => {
  test.setTimeout(120_000)
  lake = await startLake(LAKE_PORT, '.lake/e2e-fault', `${SITE}/api/revalidate`)
  await proxy.start()
  site = await startSite(3102, PROXY_PORT, {OUTBOX_DIR: '.lake/e2e-fault-outbox'})
})

test.afterAll(async () => {
  await site?.stop()
  await proxy.stop()
  await lake?.stop()
})

async function get(path: string) {
  const started = performance.now()
  const response = await fetch(`${SITE}${path}`, {redirect: 'manual'})
  const body = await response.text()
  return {status: response.status, body, ms: performance.now() - started}
}

/** Every kind of page answers 200 with its words (from its last good copy when the lake is away). */
async function expectEveryPageServed() {
  for (const [path, words] of PAGES) {
    const page = await get(path)
    expect({path, status: page.status, shows: page.body.includes(words)}).toEqual({path, status: 200, shows: true})
  }
}

test('with the content backend down, every page is still served from its last good copy', async () => {
  test.setTimeout(90_000)
  await expectEveryPageServed()

  await proxy.set({kind: 'down'})
  try {
    await expect(fetch(`http://127.0.0.1:${PROXY_PORT}/health`)).rejects.toThrow()
    await expectEveryPageServed()
    // A change notice arrives while the backend is away: the page's refresh fails, and the
    // old copy stays, for this request and the next.
    const body = JSON.stringify({
      _id: 'post-your-first-group-session',
      _type: 'post',
      operation: 'update',
      slug: 'your-first-group-session',
    })
    const notice = await fetch(`${SITE}/api/revalidate`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), LAKE_DEFAULT_WEBHOOK_SECRET),
      },
      body,
    })
    expect(notice.status).toBe(200)
    for (let i = 0; i < 3; i++) {
      const article = await get('/blog/your-first-group-session')
      expect({status: article.status, shows: article.body.includes('Your First Group Session')}).toEqual({
        status: 200,
        shows: true,
      })
      await new Promise((resolve) => setTimeout(resolve, 300))
    }
  } finally {
    await proxy.set({kind: 'pass'})
  }

  // Back again: the next change lands.
  const marker = `Back online ${Date.now()}`
  await lakeWriter.patch('post-your-first-group-session').set({excerpt: marker}).commit()
  await expect
    .poll(async () => (await get('/blog/your-first-group-session')).body.includes(marker), {
      timeout: 10_000,
      intervals: [100],
    })
    .toBe(true)
})

test('with the content backend down, a page never cached shows a calm error inside the site, crisis line included, and recovers on "Try again"', async ({
  browser,
}) => {
  test.setTimeout(60_000)
  // @axe-core/playwright needs a page from its own context.
  const context = await browser.newContext()
  const page = await context.newPage()
  const words = `never asked ${Date.now()}`
  await proxy.set({kind: 'down'})
  try {
    const response = await page.goto(`${SITE}/search?q=${encodeURIComponent(words)}`)
    expect(response?.status()).toBe(500)
    await expect(page.getByRole('heading', {name: 'This page could not load just now'})).toBeVisible()
    const crisis = page.getByRole('complementary', {name: 'Crisis support'})
    await expect(crisis.getByRole('link', {name: 'Call 988'})).toHaveAttribute('href', 'tel:988')
    await expectNoAxeViolations(page)
  } finally {
    await proxy.set({kind: 'pass'})
  }
  await page.getByRole('button', {name: 'Try again'}).click()
  await expect(page.getByRole('status')).toContainText(`“${words}”`)
  await context.close()
})

test('with the content backend taking requests and never answering, cached pages are still served, and a page never cached shows the error page once the site stops waiting', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  for (const [path] of PAGES) await get(path)
  const context = await browser.newContext()
  const page = await context.newPage()
  const stamp = Date.now()
  await proxy.set({kind: 'hang'})
  try {
    await expectEveryPageServed()
    // Before the site had a deadline of its own, Next gave up after 54 s and answered a bare
    // "Internal Server Error", with no layout and no crisis line.
    const started = performance.now()
    const [response, article] = await Promise.all([
      page.goto(`${SITE}/search?q=${encodeURIComponent(`never answered ${stamp}`)}`, {timeout: 90_000}),
      get(`/blog/never-answered-${stamp}`),
    ])
    const waitedMs = Math.round(performance.now() - started)
    console.log(
      `never-cached pages with a backend that never answers: search ${waitedMs} ms, article ${Math.round(article.ms)} ms`,
    )
    expect({status: response?.status(), waitedMs: waitedMs < CONTENT_REQUEST_TIMEOUT_MS + 5_000}).toEqual({
      status: 500,
      waitedMs: true,
    })
    expect({status: article.status, waitedMs: article.ms < CONTENT_REQUEST_TIMEOUT_MS + 5_000}).toEqual({
      status: 500,
      waitedMs: true,
    })
    await expect(page.getByRole('heading', {name: 'This page could not load just now'})).toBeVisible()
    const crisis = page.getByRole('complementary', {name: 'Crisis support'})
    await expect(crisis.getByRole('link', {name: 'Call 988'})).toHaveAttribute('href', 'tel:988')
  } finally {
    await proxy.set({kind: 'pass'})
  }
  await context.close()
})

test('with the content backend answering after 2 seconds, cached pages are served in under 100 ms', async () => {
  test.setTimeout(60_000)
  for (const [path] of PAGES) await get(path)
  await proxy.set({kind: 'slow', delayMs: 2_000})
  try {
    const started = performance.now()
    await fetch(`http://127.0.0.1:${PROXY_PORT}/health`)
    expect(performance.now() - started).toBeGreaterThanOrEqual(1_900)
    const timings: Record<string, number> = {}
    for (const [path, words] of PAGES) {
      const page = await get(path)
      expect({path, status: page.status, shows: page.body.includes(words)}).toEqual({path, status: 200, shows: true})
      timings[path] = Math.round(page.ms)
    }
    console.log(`cached pages with a 2 s backend: ${JSON.stringify(timings)}`)
    for (const [path, ms] of Object.entries(timings)) expect({path, fast: ms < 100}).toEqual({path, fast: true})
  } finally {
    await proxy.set({kind: 'pass'})
  }
})

test('with the content backend answering after 2 seconds, a request waits at most a quarter second for a current go-live schedule', async () => {
  test.setTimeout(60_000)
  for (const [path] of PAGES) await get(path)
  await proxy.set({kind: 'slow', delayMs: 2_000})
  try {
    // Past the schedule's time to live (GO_LIVE_SCHEDULE_TTL_MS), the next request asks for a
    // current one, so as not to miss a go-live, and goes on with the older copy when it is late.
    await new Promise((resolve) => setTimeout(resolve, 10_500))
    const page = await get('/blog')
    console.log(`first request with a stale go-live schedule and a 2 s backend: ${Math.round(page.ms)} ms`)
    expect({status: page.status, shows: page.body.includes('Articles'), fast: page.ms < 750}).toEqual({
      status: 200,
      shows: true,
      fast: true,
    })
  } finally {
    await proxy.set({kind: 'pass'})
  }
})
