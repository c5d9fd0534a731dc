import {expect, test} from '@playwright/test'
import {lakeClient} from './lake.ts'
import {expectSettled} from './prerendered.ts'
import {openPublishedArticle, signInToStudio, titleField, watchStudio} from './studio-session.ts'

// The Presentation tool in the real Studio, against the lake. In 3 of 7 runs after other Studio
// sessions, the tool stayed on its loading spinner for over 60 s (its preview-URL state machine
// never finished; cause not found yet, see issue 12's note). Retries keep that visible as
// "flaky" in the report without letting it hide a real failure: every try asserts everything.
test.describe.configure({retries: 2})
test.setTimeout(180_000)

test('Presentation shows the site beside the article; a saved draft title shows in the preview with the banner, and visitors see no change and keep a prerendered page', async ({
  context,
  page,
  request,
}) => {
  const problems = await watchStudio(context, page)
  const article = {
    id: 'post-knowing-when-you-need-more-support',
    title: 'Knowing When You Need More Support',
    slug: 'knowing-when-you-need-more-support',
  }
  const draftTitle = `${article.title}: a draft`
  await lakeClient.delete(`drafts.${article.id}`) // a failed earlier try may have left one
  // The visitors' copy of the article is out of date when the editor opens it, as it is whenever
  // someone previews right after a change was published.
  // (A failed earlier try may have left the marker.)
  const excerpt = ((await lakeClient.getDocument(article.id))?.excerpt ?? '').replace(/ \(updated\)$/, '')
  await lakeClient
    .patch(article.id)
    .set({excerpt: `${excerpt} (updated)`})
    .commit()
  await signInToStudio(page)
  await openPublishedArticle(page, article.title)
  await page.getByRole('button', {name: /Used on \d+ pages/}).click()
  await page.getByRole('link', {name: new RegExp(`^${article.title} /blog/${article.slug}`)}).click()

  const preview = page.frameLocator('iframe').first()
  await expect(preview.getByRole('heading', {level: 1})).toHaveText(article.title, {timeout: 60_000})
  await expect(preview.getByRole('region', {name: 'Preview mode'})).toBeVisible()
  await titleField(page).fill(draftTitle)
  await expect
    .poll(async () => (await lakeClient.getDocument(`drafts.${article.id}`))?.title, {timeout: 15_000})
    .toBe(draftTitle)
  const saved = Date.now()
  await expect(preview.getByRole('heading', {level: 1})).toHaveText(draftTitle, {timeout: 10_000})
  console.log(`the preview showed the draft title ${Date.now() - saved} ms after it was saved`)
  await expect(preview.getByRole('region', {name: 'Preview mode'})).toBeVisible()

  // A visitor, without the editor's draft-mode cookie, still reads the published title.
  const visitorHtml = await (await request.get(`/blog/${article.slug}`)).text()
  expect(visitorHtml).toContain(`>${article.title}</h1>`)
  expect(visitorHtml).not.toContain(draftTitle)

  await lakeClient.delete(`drafts.${article.id}`) // leaves the published article as it was
  await lakeClient.patch(article.id).set({excerpt}).commit()

  // The editor's preview leaves the visitors' page prerendered. A refresh of the stale copy made
  // while the editor previewed was once stored with the preview's holes in it, and every visitor
  // after got the article rendered per request (x-nextjs-postponed, no-store) until the next change.
  await expectSettled(request, [`/blog/${article.slug}`], 'after the preview')
  expect(problems).toEqual([])
})
