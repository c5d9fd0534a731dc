import {expect, test} from '@playwright/test'
import {expectNoAxeViolations} from './axe.ts'
import {asksNotToBeIndexed, sitemapPaths} from './indexing.ts'
import {lakeClient} from './lake.ts'

// A visitor's path through the blog, checked with axe at every kind of page on the way.
const EXTRA_POSTS = 5
const runId = Date.now()

test.beforeAll(async () => {
  // Thirteen or more published posts make a second index page; they arrive through the webhook.
  const transaction = lakeClient.transaction()
  for (let i = 0; i < EXTRA_POSTS; i++) {
    transaction.create({
      _id: `post-journey-${runId}-${i}`,
      _type: 'post',
      title: `Journey filler article ${i}`,
      slug: {_type: 'slug', current: `journey-filler-${runId}-${i}`},
      excerpt: 'A short article so the index has a second page.',
      publishedAt: new Date(Date.now() - (i + 1) * 60_000).toISOString(),
      author: {_type: 'reference', _ref: 'clinician-jordan-reyes'},
      categories: [{_type: 'reference', _ref: 'category-coping-skills', _key: 'c0'}],
    })
  }
  await transaction.commit()
})

test.afterAll(async () => {
  const transaction = lakeClient.transaction()
  for (let i = 0; i < EXTRA_POSTS; i++) transaction.delete(`post-journey-${runId}-${i}`)
  await transaction.commit()
})

test('index → page 2 → article → category → clinician → search result', async ({browser}) => {
  const context = await browser.newContext()
  const page = await context.newPage()

  await expect
    .poll(async () => (await page.goto('/blog'), await page.getByRole('navigation', {name: 'Pages'}).count()), {
      timeout: 10_000,
    })
    .toBe(1)
  await expect(page.getByRole('heading', {level: 1, name: 'Articles'})).toBeVisible()
  await expect(page.getByRole('heading', {level: 2})).toHaveCount(12)
  await expectNoAxeViolations(page)

  await page.getByRole('navigation', {name: 'Pages'}).getByRole('link', {name: 'Older articles'}).click()
  await expect(page).toHaveURL(/\/blog\/page\/2$/)
  await expect(page.getByRole('heading', {level: 1})).toContainText('page 2 of 2')
  await expectNoAxeViolations(page)

  await page.getByRole('link', {name: 'The Role of Group Therapy in Intensive Outpatient Programs'}).click()
  await expect(page.getByRole('heading', {level: 1})).toHaveText(
    'The Role of Group Therapy in Intensive Outpatient Programs',
  )
  await expect(page.getByRole('region', {name: 'Discover more'}).getByRole('link')).toHaveCount(3)
  await expectNoAxeViolations(page)

  await page.goto('/blog')
  await page.getByRole('navigation', {name: 'Topics'}).getByRole('link', {name: 'Group therapy'}).click()
  await expect(page).toHaveURL(/\/blog\/category\/group-therapy$/)
  await expect(page.getByRole('heading', {level: 1, name: 'Group therapy'})).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByRole('link', {name: 'Your First Group Session: What to Expect'}).click()
  await page.getByRole('link', {name: 'Jordan Reyes, LCMHCA'}).click()
  await expect(page).toHaveURL(/\/team\/jordan-reyes$/)
  await expect(page.getByText(/^Practicing under the supervision of/)).toContainText('Maya Ellison, LCMHCS')
  await expect(page.getByRole('link', {name: /Verify with the NC Board/})).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByRole('navigation', {name: 'Main'}).getByRole('link', {name: 'Search'}).click()
  await page.getByRole('searchbox', {name: 'Search articles'}).fill('grounding')
  await page.getByRole('button', {name: 'Search'}).click()
  await expect(page).toHaveURL(/\/search\?q=grounding$/)
  const first = page
    .getByRole('listitem')
    .filter({has: page.getByRole('heading', {level: 2})})
    .first()
  await expect(first.getByRole('link')).toHaveText('Five Grounding Skills for Hard Moments')
  await expect(first.locator('mark').first()).toHaveText(/^grounding$/i)
  await expectNoAxeViolations(page)

  await context.close()
})

test('search explains an empty query, no results (with searches that find something), and an over-long query', async ({
  browser,
}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto('/search')
  await expect(page.getByText(/Type a word or two/)).toBeVisible()
  await page.goto('/search?q=zzqqxx')
  await expect(page.getByRole('status')).toHaveText(/No articles match “zzqqxx”/)
  await expectNoAxeViolations(page)
  // A search that finds nothing offers one that finds something.
  await page.getByRole('link', {name: 'group therapy', exact: true}).click()
  await expect(page.getByRole('status')).toHaveText(/^\d+ (article matches|articles match) “group therapy”/)
  await page.goto(`/search?q=${'a'.repeat(150)}`)
  // (Next's route announcer is an alert too, so look for the one with the message.)
  await expect(page.getByRole('alert').filter({hasText: /100 characters/})).toBeVisible()
  await context.close()
})

test('the clinicians page and the not-found page pass axe', async ({browser}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto('/team')
  await expect(page.getByRole('heading', {level: 2})).toHaveCount(3)
  await expectNoAxeViolations(page)
  await page.goto('/no/such/page')
  await expect(page.getByRole('heading', {name: 'We could not find that page'})).toBeVisible()
  await expect(page.getByRole('complementary', {name: 'Crisis support'})).toBeVisible()
  await expectNoAxeViolations(page)
  await context.close()
})

test('an old article URL redirects permanently to /blog/{slug} in one hop, with or without its slash', async ({
  request,
}) => {
  for (const old of [
    '/the-role-of-group-therapy-in-intensive-outpatient-programs/',
    '/the-role-of-group-therapy-in-intensive-outpatient-programs',
  ]) {
    const response = await request.get(old, {maxRedirects: 0})
    expect(response.status()).toBe(308)
    expect(response.headers().location).toMatch(
      /^(http:\/\/[^/]+)?\/blog\/the-role-of-group-therapy-in-intensive-outpatient-programs$/,
    )
  }
})

test('every page the header, the footer and the services page link to is in the sitemap, unless it asks not to be indexed', async ({
  page,
  request,
}) => {
  const listed = new Set(await sitemapPaths(request))
  const linked = new Set<string>()
  for (const [path, links] of [
    ['/', 'header a, footer a'],
    ['/services', 'main a'],
  ]) {
    await page.goto(path)
    const hrefs = await page.locator(links).evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href))
    for (const href of hrefs) {
      const url = new URL(href)
      if (url.origin === new URL(page.url()).origin && !url.hash) linked.add(url.pathname)
    }
  }
  expect(linked.size).toBeGreaterThan(8)
  const missing: string[] = []
  for (const path of linked) {
    const html = await (await request.get(path)).text()
    if (!asksNotToBeIndexed(html) && !listed.has(path)) missing.push(path)
  }
  expect(missing).toEqual([])
})

test('feed, sitemap and robots list what visitors may see', async ({request}) => {
  const feed = await (await request.get('/feed.xml')).text()
  expect(feed).toContain('<rss version="2.0"')
  expect(feed).toContain('/blog/your-first-group-session</link>')
  expect(feed).not.toContain('rest-and-sleep-in-early-recovery')

  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).toContain('/blog/why-a-bipoc-group-matters</loc>')
  expect(sitemap).toContain('/team/maya-ellison</loc>')
  expect(sitemap).toContain('/blog/category/recovery</loc>')
  expect(sitemap).not.toContain('talking-to-family-about-treatment')

  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toMatch(/Disallow: \/studio/)
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/)
})
