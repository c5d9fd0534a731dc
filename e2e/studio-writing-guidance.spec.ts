import {expect, test, type Page} from '@playwright/test'
import {lakeClient} from './lake.ts'
import {openPublishedArticle, signInToStudio, watchStudio} from './studio-session.ts'

// The writing-guidance panel in the real Studio: lib/content-check as a clinician meets it.
test.setTimeout(180_000)

const ARTICLE = {
  id: 'post-writing-guidance-case',
  title: 'When Worry Keeps You Awake',
  slug: 'when-worry-keeps-you-awake',
}
const OPENING =
  'Worry often gets louder at night. The house is quiet, and your mind fills the space. A short routine can help you settle. Write down what is on your mind, then put the list away until morning.'
const HARD_SENTENCE =
  ' Comprehensive multidisciplinary psychotherapeutic interventions necessitate considerable organizational coordination, particularly regarding interdisciplinary communication and longitudinal evaluation of therapeutic effectiveness for adults attending our intensive outpatient program several mornings every week.'
const MENTIONS_SUICIDE = 'If worry turns into thoughts of suicide, tell someone today.'

const span = (text: string) => [{_type: 'span', _key: 's1', text, marks: []}]

async function gradeShown(page: Page): Promise<number> {
  const text = await page.getByTestId('writing-guidance-grade').textContent()
  return Number(text?.match(/Grade (\d+\.\d)/)?.[1] ?? Number.NaN)
}

async function insertCrisisBlock(page: Page): Promise<void> {
  const direct = page.getByRole('button', {name: 'Insert Crisis resources (block)'})
  if (await direct.isVisible()) await direct.click()
  else {
    // With the panel open the toolbar is narrow, and Sanity folds its insert buttons into a menu.
    await page.getByTestId('insert-menu-auto-collapse-menu').getByRole('button').last().click()
    await page.getByRole('menuitem', {name: /Crisis resources/}).click()
  }
  // Sanity opens the new block's fields (an optional lead-in); closing leaves the block in place.
  await page.keyboard.press('Escape')
}

test('the writing guidance panel grades as she types, and an article about suicide publishes only once it carries the crisis block', async ({
  context,
  page,
}) => {
  const problems = await watchStudio(context, page)
  await lakeClient.createOrReplace({
    _id: ARTICLE.id,
    _type: 'post',
    title: ARTICLE.title,
    slug: {_type: 'slug', current: ARTICLE.slug},
    excerpt: 'A short routine for the nights when worry will not let you sleep, from our group sessions.',
    body: [{_type: 'block', _key: 'b1', style: 'normal', markDefs: [], children: span(OPENING)}],
    categories: [{_type: 'reference', _key: 'c1', _ref: 'category-coping-skills'}],
    author: {_type: 'reference', _ref: 'clinician-maya-ellison'},
    publishedAt: '2026-09-01T13:00:00Z',
  })
  try {
    await signInToStudio(page)
    await openPublishedArticle(page, ARTICLE.title)
    await page.getByRole('button', {name: 'Writing guidance'}).click()
    await expect(page.getByTestId('writing-guidance-grade')).toContainText('Grade')
    const before = await gradeShown(page)

    // A long, complex sentence at the end of the opening paragraph.
    const body = page.getByTestId('field-body').getByRole('textbox')
    const toEndOfBody = async () => {
      await body.getByText(/until morning\./).click()
      await page.keyboard.press('ControlOrMeta+End')
    }
    await toEndOfBody()
    await page.keyboard.type(HARD_SENTENCE)
    const typed = Date.now()
    await expect.poll(() => gradeShown(page), {timeout: 1_000, intervals: [50]}).toBeGreaterThan(before + 2)
    console.log(`the grade rose from ${before} to ${await gradeShown(page)} within ${Date.now() - typed} ms of typing`)
    const suggestions = page.getByRole('region', {name: 'Suggestions'})
    await expect(suggestions.locator('[data-rule="long-sentence"]')).toHaveCount(1)
    await expect(suggestions.locator('[data-rule="complex-word"]').first()).toBeVisible()

    // A paragraph that mentions suicide: an error, and Publish is off.
    await toEndOfBody()
    await page.keyboard.press('Enter')
    await page.keyboard.type(MENTIONS_SUICIDE)
    await expect(body).toContainText(MENTIONS_SUICIDE)
    const mustFix = page.getByRole('region', {name: 'Must fix before publishing'})
    await expect(mustFix.locator('[data-rule="crisis-resource"]')).toBeVisible({timeout: 2_000})
    const publishButton = page.getByTestId('action-publish')
    await expect(publishButton).toBeDisabled()

    // The crisis block clears it, and the article publishes.
    await insertCrisisBlock(page)
    await expect(mustFix).toContainText('Nothing blocks publishing.')
    await expect(publishButton).toBeEnabled({timeout: 15_000})
    await publishButton.click()
    // The editor may leave an empty paragraph after the inserted block; what matters is what was written.
    const published = async () => {
      const blocks = ((await lakeClient.getDocument(ARTICLE.id))?.body ?? []) as {_type: string}[]
      return {
        crisisBlock: blocks.some((block) => block._type === 'crisisResources'),
        mention: JSON.stringify(blocks).includes(MENTIONS_SUICIDE),
      }
    }
    await expect.poll(published, {timeout: 10_000}).toEqual({crisisBlock: true, mention: true})
    await expect
      .poll(async () => (await page.request.get(`/blog/${ARTICLE.slug}`)).text(), {timeout: 5_000})
      .toContain('the Suicide &amp; Crisis Lifeline')
    expect(problems).toEqual([])
  } finally {
    await lakeClient.delete(ARTICLE.id).catch(() => undefined)
    await lakeClient.delete(`drafts.${ARTICLE.id}`).catch(() => undefined)
  }
})
