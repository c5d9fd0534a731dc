import {randomBytes} from 'node:crypto'
import {LAKE_DEFAULT_TOKEN} from '../lib/lake-defaults.ts'
import {expect, test} from '@playwright/test'
import {expectNoAxeViolations} from './axe.ts'
import {lakeClient} from './lake.ts'

// The seed's unpublished draft and its scheduled post: neither is on the site for visitors.
const DRAFT = {path: '/blog/talking-to-family-about-treatment', title: /Talking to Family About Starting Treatment/}
const SCHEDULED_SLUG = 'rest-and-sleep-in-early-recovery'
const BANNER = {name: 'Preview mode'}

/**
 * What the Presentation tool does: store a short-lived secret, then link to the enable route
 * with it. Returns that link, landing on `path`, and the secret.
 */
async function previewLink(path: string): Promise<{url: string; secret: string}> {
  const secret = randomBytes(16).toString('hex')
  await lakeClient.createOrReplace({
    _id: `sanity-preview-url-secret.e2e-${secret.slice(0, 8)}`,
    _type: 'sanity.previewUrlSecret',
    secret,
    studioUrl: '/studio',
  })
  return {
    url: `/api/draft-mode/enable?sanity-preview-secret=${secret}&sanity-preview-pathname=${encodeURIComponent(path)}`,
    secret,
  }
}

test('the Studio, offline and without a Sanity project, sends editors to the lake to sign in', async ({page}) => {
  const response = await page.goto('/studio')
  expect(response?.status()).toBe(200)
  // The real Studio starts, finds no session, and hands over to the lake's sign-in page.
  await expect(page.getByRole('heading', {name: 'Sign in to the Studio'})).toBeVisible({timeout: 60_000})
  expect(new URL(page.url()).pathname).toBe('/auth/login')
  await expect(page.getByLabel('Lake token')).toBeVisible()
  await expect(page.getByRole('complementary', {name: 'Crisis support'})).toHaveCount(0)
  // It says what to type, for someone who never saw the terminal the lake started in.
  await expect(page.getByText(LAKE_DEFAULT_TOKEN)).toBeVisible()
  await expectNoAxeViolations(page)
  // On a phone, the card keeps a margin and nothing scrolls sideways.
  await page.setViewportSize({width: 375, height: 740})
  const card = await page.getByRole('main').boundingBox()
  expect(card && card.x >= 12 && card.x + card.width <= 375 - 12).toBe(true)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
  await expectNoAxeViolations(page)
})

test('draft mode shows a draft and scheduled posts with a banner, and visitors never see them', async ({browser}) => {
  const {url: enableUrl} = await previewLink(DRAFT.path)
  const editor = await browser.newContext()
  const visitor = await browser.newContext()
  try {
    const rejected = await editor.request.get('/api/draft-mode/enable?sanity-preview-secret=not-the-secret')
    expect(rejected.status()).toBe(401)
    expect((await editor.request.get('/api/draft-mode/enable')).status()).toBe(400)

    const page = await editor.newPage()
    await page.goto(enableUrl)
    await expect(page).toHaveURL(new RegExp(`${DRAFT.path}$`))
    await expect(page.getByRole('heading', {level: 1})).toHaveText(DRAFT.title)
    await expect(page.getByRole('region', BANNER)).toContainText('drafts and scheduled articles')
    await expect(page.getByRole('complementary', {name: 'Crisis support'})).toBeVisible()
    await expectNoAxeViolations(page)

    await page.goto('/blog')
    await expect(page.locator(`a[href="/blog/${SCHEDULED_SLUG}"]`).first()).toBeVisible()

    // The same URLs for a visitor, after the editor's requests: nothing from draft mode leaked into the cache.
    const visitorPage = await visitor.newPage()
    await visitorPage.goto(DRAFT.path)
    await expect(visitorPage.getByRole('heading', {level: 1})).not.toHaveText(DRAFT.title)
    await expect(visitorPage.getByRole('region', BANNER)).toHaveCount(0)
    await visitorPage.goto('/blog')
    await expect(visitorPage.locator(`a[href="/blog/${SCHEDULED_SLUG}"]`)).toHaveCount(0)
    await expect(visitorPage.locator(`a[href="${DRAFT.path}"]`)).toHaveCount(0)

    // Leaving preview returns to the same page, now as visitors see it.
    await page.goto(DRAFT.path)
    await page.getByRole('link', {name: 'Exit preview'}).click()
    await expect(page).toHaveURL(new RegExp(`${DRAFT.path}$`))
    await expect(page.getByRole('region', BANNER)).toHaveCount(0)
    await expect(page.getByRole('heading', {level: 1})).not.toHaveText(DRAFT.title)
  } finally {
    await editor.close()
    await visitor.close()
  }
})

test('draft mode follows an edit to the draft without a reload', async ({browser}) => {
  const {url: enableUrl, secret} = await previewLink(DRAFT.path)
  const editor = await browser.newContext()
  try {
    const page = await editor.newPage()
    // The live connection opens after the page has loaded; an edit before it would go unheard.
    const liveConnected = page.waitForResponse((response) => response.url().includes('/data/live/events/'))
    await page.goto(enableUrl)
    await expect(page.getByRole('heading', {level: 1})).toHaveText(DRAFT.title)
    await liveConnected
    const edited = `Talking to Family, edited ${secret.slice(0, 6)}`
    const draftId = 'drafts.post-talking-to-family-about-treatment'
    const original = await lakeClient.getDocument(draftId)
    await lakeClient.patch(draftId).set({title: edited}).commit()
    try {
      // <SanityLive> hears the lake's live event and refreshes the editor's page.
      await expect(page.getByRole('heading', {level: 1})).toHaveText(edited, {timeout: 10_000})
    } finally {
      await lakeClient.patch(draftId).set({title: original?.title}).commit()
    }
  } finally {
    await editor.close()
  }
})
