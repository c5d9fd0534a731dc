import {expect, test, type APIRequestContext} from '@playwright/test'
import {lakeClient} from './lake.ts'

/** A real 404 with the site's not-found page, which says nothing of what was asked for. */
async function isNotFound(request: APIRequestContext, path: string): Promise<boolean> {
  const response = await request.get(path)
  const html = await response.text()
  return (
    response.status() === 404 &&
    html.includes('We could not find that page') &&
    /<meta name="robots" content="noindex"/.test(html)
  )
}

test('the home page shows the seed articles, and a click opens one', async ({page}) => {
  await page.goto('/')
  await expect(page.getByRole('heading', {level: 1, name: 'Resilient Mind Counseling PLLC'})).toBeVisible()
  const latest = page.getByRole('region', {name: 'Latest articles'})
  await expect(latest.getByRole('heading', {level: 3})).toHaveCount(3)

  await latest.getByRole('link', {name: 'Your First Group Session: What to Expect'}).click()
  await expect(page).toHaveURL(/\/blog\/your-first-group-session$/)
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Your First Group Session: What to Expect')
  await expect(page.getByRole('heading', {level: 2, name: 'In the room'})).toBeVisible()
})

test('the crisis line is on every page, on a phone too', async ({page}) => {
  await page.setViewportSize({width: 360, height: 740})
  for (const path of ['/', '/blog/grounding-skills-for-hard-moments', '/blog/no-such-article']) {
    await page.goto(path)
    const crisis = page.getByRole('complementary', {name: 'Crisis support'})
    await expect(crisis).toBeVisible()
    await expect(crisis.getByRole('link', {name: 'Call 988'})).toHaveAttribute('href', 'tel:988')
  }
})

test('pages reflow at 320 CSS pixels without sideways scrolling', async ({page}) => {
  await page.setViewportSize({width: 320, height: 640})
  for (const path of [
    '/',
    '/blog',
    '/blog/the-role-of-group-therapy-in-intensive-outpatient-programs',
    '/team/jordan-reyes',
    '/search?q=group',
  ]) {
    await page.goto(path)
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect({path, overflow}).toEqual({path, overflow: 0})
  }
})

test('a malformed or out-of-range page number, or a malformed slug, is a 404 from the first request', async ({
  request,
}) => {
  for (const path of [
    `/blog/page/2abc${Date.now()}`,
    '/blog/page/9',
    '/blog/category/recovery/page/7',
    `/blog/Not_A_Slug_${Date.now()}`,
    `/team/x${Date.now()}%20y`,
    `/services/astrology-${Date.now()}`,
    '/blog/page/0',
  ]) {
    const response = await request.get(path)
    expect({path, status: response.status()}).toEqual({path, status: 404})
    expect(await response.text()).toContain('We could not find that page')
  }
})

test('an unknown article shows the not-found page with a 404 from the first request', async ({page, request}) => {
  expect(await isNotFound(request, `/blog/never-written-${Date.now()}`)).toBe(true)
  const response = await page.goto(`/blog/never-written-either-${Date.now()}`)
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', {name: 'We could not find that page'})).toBeVisible()
})

test('a post created through the client appears after the lake’s webhook, with no rebuild', async ({page, request}) => {
  const slug = `created-in-e2e-${Date.now()}`
  const title = `A new article from the lake ${Date.now()}`
  expect(await isNotFound(request, `/blog/${slug}`)).toBe(true)

  await lakeClient.create({
    _id: `post-${slug}`,
    _type: 'post',
    title,
    slug: {_type: 'slug', current: slug},
    excerpt: 'Created by the browser test.',
    publishedAt: new Date(Date.now() - 60_000).toISOString(),
    author: {_type: 'reference', _ref: 'clinician-maya-ellison'},
    categories: [{_type: 'reference', _ref: 'category-recovery', _key: 'c0'}],
    body: [
      {
        _type: 'block',
        _key: 'b0',
        style: 'normal',
        markDefs: [],
        children: [{_type: 'span', _key: 's0', text: 'Fresh from the lake.', marks: []}],
      },
    ],
  })

  // The webhook is asynchronous: poll until the home page lists the post (bounded).
  await expect
    .poll(async () => (await request.get('/')).text(), {timeout: 10_000, intervals: [100, 250, 500]})
    .toContain(title)
  // Each page may answer once more with the copy it had while it regenerates (see the revalidate
  // route), so the article is polled too before the browser opens it.
  await expect
    .poll(async () => (await (await request.get(`/blog/${slug}`)).text()).includes(`<h1>${title}</h1>`), {
      timeout: 10_000,
      intervals: [100, 250, 500],
    })
    .toBe(true)
  await page.goto(`/blog/${slug}`)
  await expect(page.getByRole('heading', {level: 1})).toHaveText(title)
  await expect(page.getByText('Fresh from the lake.')).toBeVisible()

  // Every list that shows posts follows: the category, another article's related teasers, the
  // feed and the sitemap. (Some pages answer their first request after the webhook with the
  // copy they had and regenerate it, so each gets a few bounded tries.)
  for (const path of [
    '/blog',
    '/blog/category/recovery',
    '/blog/empathy-and-compassion-in-care',
    '/feed.xml',
    '/sitemap.xml',
  ]) {
    await expect
      .poll(async () => ({path, lists: (await (await request.get(path)).text()).includes(slug)}), {
        timeout: 10_000,
        intervals: [100, 250, 500],
      })
      .toEqual({path, lists: true})
  }

  await lakeClient.delete(`post-${slug}`)
  await expect.poll(() => isNotFound(request, `/blog/${slug}`), {timeout: 10_000}).toBe(true)
})

test('a printed article leaves out the navigation and the crisis bar, shows where links go, and ends with the crisis resources', async ({
  page,
}) => {
  await page.goto('/blog/grounding-skills-for-hard-moments')
  await page.emulateMedia({media: 'print'})
  await expect(page.getByRole('complementary', {name: 'Crisis support'})).toBeHidden()
  await expect(page.getByRole('navigation', {name: 'Main'})).toBeHidden()
  await expect(page.getByRole('heading', {level: 1})).toBeVisible()
  const link = page.locator('.prose a[data-print-href]').first()
  const printed = await link.evaluate((element) => getComputedStyle(element, '::after').content)
  expect(printed).toMatch(/^" \(https?:\/\/[^ ]+\/blog\/knowing-when-you-need-more-support\)"$/)
  // The last thing on paper is where to get help.
  const lastVisible = await page.evaluate(() => {
    const visible = [...document.body.querySelectorAll('body > *')].filter(
      (element) => getComputedStyle(element).display !== 'none' && element.textContent?.trim(),
    )
    return visible.at(-1)?.textContent ?? ''
  })
  expect(lastVisible).toMatch(/call or text 988/)
  await page.emulateMedia({media: 'screen'})
  await expect(page.getByText('If you are in crisis:', {exact: false}).last()).toBeHidden()
})
