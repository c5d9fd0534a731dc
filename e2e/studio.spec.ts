import {expect, test, type Page} from '@playwright/test'
import {lakeClient} from './lake'
import {openPublishedArticle, signInToStudio, titleField, watchStudio} from './studio-session'

// The real Studio, in Chromium, against the local lake: what clinicians and marketing do.
test.describe.configure({mode: 'serial'})
test.setTimeout(180_000)

// Publish is enabled once the Studio has saved the draft it would publish.
async function publish(page: Page): Promise<void> {
  const button = page.getByTestId('action-publish')
  await expect(button).toBeEnabled({timeout: 15_000})
  await button.click()
}

async function siteTitle(page: Page, slug: string): Promise<string | null> {
  const response = await page.request.get(`/blog/${slug}`)
  if (response.status() !== 200) return `status ${response.status()}`
  return (await response.text()).match(/<h1[^>]*>([^<]*)<\/h1>/)?.[1] ?? null
}

test('a clinician edits a published article; the site shows the new title within 3 s', async ({context, page}) => {
  const problems = await watchStudio(context, page)
  const slug = 'what-a-week-in-iop-looks-like'
  const original = 'What a Week in Our Intensive Outpatient Program Looks Like'
  const revised = `${original}, revised`
  await signInToStudio(page)
  await openPublishedArticle(page, original)
  await titleField(page).fill(revised)
  await publish(page)
  const published = Date.now()
  await expect.poll(() => siteTitle(page, slug), {timeout: 3_000, intervals: [200]}).toBe(revised)
  console.log(`site showed the new title ${Date.now() - published} ms after Publish`)

  // Put it back, for the tests that come after.
  // Put it back for the tests that come after (a second publish in one session is not yet
  // reliable on the lake: see the note).
  await lakeClient.patch('post-what-a-week-in-iop-looks-like').set({title: original}).commit()
  await lakeClient.delete('drafts.post-what-a-week-in-iop-looks-like')
  expect(problems).toEqual([])
})
