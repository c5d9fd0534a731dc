import {expect, test, type Page} from '@playwright/test'
import {expectNoAxeViolations} from './axe.ts'
import {formatForEditors} from '../lib/editor-clock.ts'
import {toDatetimeLocal} from '../sanity/studio/schedule-time.ts'
import {lakeClient} from './lake.ts'
import {
  openPublishedArticle,
  pasteIntoBody,
  pickReference,
  signInToStudio,
  titleField,
  uploadImage,
  watchStudio,
} from './studio-session.ts'

// The real Studio, in Chromium, against the local lake: what clinicians and marketing do.
test.describe.configure({mode: 'serial'})
// The practice and its marketing staff are in Asheville.
test.use({timezoneId: 'America/New_York'})
test.setTimeout(180_000)

// Publish is enabled once the Studio has saved the draft it would publish.
async function publish(page: Page): Promise<void> {
  const button = page.getByTestId('action-publish')
  await expect(button).toBeEnabled({timeout: 15_000})
  await button.click()
}

const NEW_ARTICLE = {
  title: 'Sleep and Mood in Group Therapy',
  slug: 'sleep-and-mood-in-group-therapy',
  excerpt: 'How sleep and mood shape each other, and the small habits our groups practice together.',
  body:
    '<h2>Why sleep matters</h2><p>Rest shapes how we feel the next day.</p>' +
    '<ul><li>Keep a steady bedtime</li><li>Put screens away an hour before sleep</li></ul>' +
    '<p>The <a href="https://www.cdc.gov/sleep/">CDC explains how much sleep adults need</a>.</p>',
  image: 'sanity/seed/images/0a6b7f582508f10983b0b60775b9048e41e5357b-1600x900.jpg',
  longSeoTitle: 'Sleep and mood in group therapy: a guide for the whole family and their friends',
}

/**
 * Which surfaces a visitor reads show the article: its own page (by title), and the index, the
 * feed and search (by a link to it: search marks the matched words, splitting the title).
 */
async function surfacesShowing(page: Page, title: string, slug: string): Promise<string[]> {
  const surfaces = {article: `/blog/${slug}`, index: '/blog', feed: '/feed.xml', search: '/search?q=sleep'}
  const showing: string[] = []
  for (const [name, path] of Object.entries(surfaces)) {
    const response = await page.request.get(path)
    const text = response.ok() ? await response.text() : ''
    if (text.includes(name === 'article' ? title : `/blog/${slug}`)) showing.push(name)
  }
  return showing
}

async function siteTitle(page: Page, slug: string): Promise<string | null> {
  const response = await page.request.get(`/blog/${slug}`)
  if (response.status() !== 200) return `status ${response.status()}`
  return (await response.text()).match(/<h1[^>]*>([^<]*)<\/h1>/)?.[1] ?? null
}

test('a clinician writes a new article, fixes what validation flags, and publishes it to every surface within 3 s', async ({
  context,
  page,
}) => {
  const problems = await watchStudio(context, page)
  await signInToStudio(page)
  await page.getByRole('button', {name: 'Create new document'}).click()
  await page.getByRole('combobox', {name: 'Search document types'}).fill('Article')
  await page.getByRole('link', {name: 'Article', exact: true}).click()
  await titleField(page).fill(NEW_ARTICLE.title)
  await page.getByTestId('field-slug').getByRole('button', {name: 'Generate'}).click()
  await expect(page.getByRole('textbox', {name: 'Slug'})).toHaveValue(NEW_ARTICLE.slug)
  await page.getByRole('textbox', {name: 'Excerpt'}).fill(NEW_ARTICLE.excerpt)
  await uploadImage(page, NEW_ARTICLE.image)
  await pasteIntoBody(page, NEW_ARTICLE.body)
  const body = page.getByTestId('field-body')
  await expect(body.getByRole('heading', {name: 'Why sleep matters'})).toBeVisible()
  await page.getByTestId('field-categories').getByRole('button', {name: 'Add item'}).click()
  await pickReference(
    page,
    page.getByTestId('field-categories').getByRole('combobox').last(),
    'Coping',
    'Coping skills',
  )
  await pickReference(page, page.getByRole('combobox', {name: 'Author'}), 'Maya', 'Maya Ellison')
  await page.getByRole('tab', {name: 'Search & sharing'}).click()
  const seoTitle = page.getByRole('textbox', {name: 'SEO title'})
  await seoTitle.fill(NEW_ARTICLE.longSeoTitle)

  // What validation shows her, in the Studio's validation panel.
  await page.getByRole('button', {name: 'Validation'}).click()
  const seoWarning = page.getByRole('button', {name: /Search & sharing \/ SEO title.*cut titles longer than 60/})
  const altError = page.getByRole('button', {name: /Main image \/ Alternative text.*Add alternative text/})
  await expect(seoWarning).toBeVisible()
  await expect(altError).toBeVisible()
  await expect(page.getByTestId('action-publish')).toBeDisabled()

  await seoTitle.fill('Sleep and mood in group therapy')
  await page.getByRole('tab', {name: 'Content'}).click()
  await page.getByRole('textbox', {name: 'Alternative text'}).fill('Layered blue hills under a pale sky')
  await expect(seoWarning).toBeHidden()
  await expect(altError).toBeHidden()
  await publish(page)
  const published = Date.now()
  await expect
    .poll(() => surfacesShowing(page, NEW_ARTICLE.title, NEW_ARTICLE.slug), {timeout: 3_000, intervals: [250]})
    .toEqual(['article', 'index', 'feed', 'search'])
  console.log(`the new article was on every surface ${Date.now() - published} ms after Publish`)
  const article = await (await page.request.get(`/blog/${NEW_ARTICLE.slug}`)).text()
  expect(article).toMatch(/<h2[^>]*>Why sleep matters<\/h2>/)
  expect(article).toContain('<li>Keep a steady bedtime</li>')
  expect(article).toMatch(/<a [^>]*href="https:\/\/www\.cdc\.gov\/sleep\/"/)
  expect(article).toContain('alt="Layered blue hills under a pale sky"')
  expect(article).toContain('Maya Ellison')
  expect(problems).toEqual([])
})

test('a clinician edits a published article; the site shows the new title within 3 s', async ({context, page}) => {
  const problems = await watchStudio(context, page)
  const slug = 'what-a-week-in-iop-looks-like'
  const original = 'What a Week in Our Intensive Outpatient Program Looks Like'
  const revised = `${original}, revised`
  await signInToStudio(page)
  await openPublishedArticle(page, original)
  // Its UI font is the bundled Inter (sanity/studio/ui-font.ts), and watchStudio saw no request for Sanity's.
  const loadedInter = await page.evaluate(async () => {
    await document.fonts.ready
    return [...document.fonts].filter((face) => face.family.replaceAll('"', '') === 'Inter' && face.status === 'loaded')
      .length
  })
  expect(loadedInter).toBeGreaterThan(0)
  await titleField(page).fill(revised)
  await publish(page)
  const published = Date.now()
  await expect.poll(() => siteTitle(page, slug), {timeout: 3_000, intervals: [200]}).toBe(revised)
  console.log(`site showed the new title ${Date.now() - published} ms after Publish`)

  // A second publish in the same session puts it back: the Studio must have settled the first.
  await titleField(page).fill(original)
  await publish(page)
  await expect.poll(() => siteTitle(page, slug), {timeout: 3_000, intervals: [200]}).toBe(original)
  expect(problems).toEqual([])
})

test("two editors in one article see each other and each other's edits live, and neither edit is lost", async ({
  browser,
}) => {
  const sessions = await Promise.all(
    [0, 1].map(async () => {
      const context = await browser.newContext()
      const page = await context.newPage()
      return {context, page, problems: await watchStudio(context, page)}
    }),
  )
  const [a, b] = sessions.map((session) => session.page)
  const article = {id: 'post-grounding-skills-for-hard-moments', title: 'Five Grounding Skills for Hard Moments'}
  for (const page of [a, b]) {
    await signInToStudio(page)
    await openPublishedArticle(page, article.title)
  }
  // Each sees the other in the document (presence over the lake's socket).
  for (const page of [a, b]) {
    await expect(page.getByTestId('document-level-presence').getByLabel('Local editor')).toBeVisible({timeout: 10_000})
  }

  // They type into different fields at the same time.
  const excerptA = a.getByRole('textbox', {name: 'Excerpt'})
  for (const field of [excerptA, titleField(b)]) {
    await field.click()
    await field.press('End')
  }
  await Promise.all([
    excerptA.pressSequentially(' Typed in the first window.'),
    titleField(b).pressSequentially(', together'),
  ])
  const typed = Date.now()
  // Two Studios typing at once on a 2-core machine: saves take up to ~3 s to be answered here.
  await expect(b.getByRole('textbox', {name: 'Excerpt'})).toHaveValue(/Typed in the first window\.$/, {timeout: 10_000})
  await expect(titleField(a)).toHaveValue(`${article.title}, together`, {timeout: 10_000})
  console.log(`both windows showed both edits ${Date.now() - typed} ms after typing ended`)
  await expect
    .poll(
      () =>
        lakeClient
          .getDocument(`drafts.${article.id}`)
          .then((draft) => [draft?.title, String(draft?.excerpt).endsWith('Typed in the first window.')]),
      {timeout: 5_000},
    )
    .toEqual([`${article.title}, together`, true])

  await lakeClient.delete(`drafts.${article.id}`) // leaves the published article as it was
  for (const session of sessions) {
    expect(session.problems).toEqual([])
    await session.context.close()
  }
})

test('marketing schedules a waiting draft from the Calendar; it is a 404 until its time and live on the first request after', async ({
  context,
  page,
}) => {
  test.setTimeout(300_000)
  const draft = {
    id: 'post-keeping-steady-through-the-holidays',
    title: 'Keeping Steady Through the Holidays',
    slug: 'keeping-steady-through-the-holidays',
  }
  // A clinician's finished draft, waiting for marketing to give it a date.
  await lakeClient.create({
    _id: `drafts.${draft.id}`,
    _type: 'post',
    title: draft.title,
    slug: {_type: 'slug', current: draft.slug},
    excerpt: 'Small, steady routines for a season that pulls at recovery.',
    body: [
      {
        _type: 'block',
        _key: 'intro',
        style: 'normal',
        markDefs: [],
        children: [
          {_type: 'span', _key: 'intro-text', text: 'Holidays bring people, travel and broken routines.', marks: []},
        ],
      },
    ],
    author: {_type: 'reference', _ref: 'clinician-jordan-reyes'},
    categories: [{_type: 'reference', _key: 'recovery', _ref: 'category-recovery'}],
    publishedAt: new Date().toISOString(),
  })
  const problems = await watchStudio(context, page)
  await signInToStudio(page)
  await page.getByRole('link', {name: 'Calendar'}).click()
  await page.getByRole('region', {name: 'Drafts waiting for a date'}).getByRole('link', {name: draft.title}).click()
  await expect(titleField(page)).toHaveValue(draft.title, {timeout: 30_000})

  // The Schedule action takes minutes: the first whole minute at least 60 s from now.
  const goesLive = Math.ceil((Date.now() + 60_000) / 60_000) * 60_000
  // The practice's wall clock (ET) at that moment, as the dialog asks for it.
  const localValue = toDatetimeLocal(new Date(goesLive).toISOString())
  await page.getByRole('button', {name: 'Open document actions'}).click()
  await page.getByRole('menuitem', {name: 'Schedule'}).click()
  const dialog = page.getByRole('dialog', {name: 'Schedule this article'})
  await dialog.getByLabel('Goes live at (Eastern time, ET)').fill(localValue)
  await dialog.getByRole('button', {name: 'Schedule and publish'}).click()

  // One clock: the badge, the Calendar and the list give the same moment, in Eastern time.
  const shown = formatForEditors(goesLive)
  await expect(page.getByText(`Scheduled for ${shown}`)).toBeVisible({timeout: 15_000})
  await page.getByRole('link', {name: 'Calendar'}).click()
  const next = page.getByRole('region', {name: 'Going out next'})
  await expect(next.getByRole('link', {name: draft.title})).toBeVisible({timeout: 10_000})
  await expect(next.getByText(shown).first()).toBeVisible()
  // The Calendar by keyboard: the week view, and back a week, with Tab and Enter alone.
  const weekButton = page.getByRole('button', {name: 'Week', exact: true})
  await weekButton.focus()
  await page.keyboard.press('Enter')
  await expect(weekButton).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('heading', {name: /^Week of /})).toBeVisible()
  const weekTitle = page.getByRole('heading', {name: /^Week of /})
  const thisWeek = await weekTitle.textContent()
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Shift+Tab')
  await expect(page.getByRole('button', {name: 'Next week'})).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(weekTitle).not.toHaveText(thisWeek ?? '')
  await expectNoAxeViolations(page, '[data-testid="editorial-calendar"]')
  await page.getByRole('link', {name: 'Structure'}).click()
  await page
    .getByRole('link', {name: 'Articles'})
    .or(page.getByRole('button', {name: 'Articles'}))
    .first()
    .click()
  await page.getByRole('link', {name: 'Scheduled', exact: true}).click()
  await expect(page.getByRole('listbox', {name: /Scheduled/}).getByText(draft.title)).toBeVisible({timeout: 10_000})
  await expect(page.getByRole('listbox', {name: /Scheduled/}).getByText(`Goes live ${shown}`)).toBeVisible()

  const published = await lakeClient.getDocument(draft.id)
  expect(published?.publishedAt && Date.parse(String(published.publishedAt))).toBe(goesLive)
  expect((await page.request.get(`/blog/${draft.slug}`)).status()).toBe(404)
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, goesLive - Date.now())))
  const first = await page.request.get(`/blog/${draft.slug}`)
  expect({status: first.status(), shows: (await first.text()).includes(draft.title)}).toEqual({
    status: 200,
    shows: true,
  })

  await lakeClient.delete(draft.id) // leaves the seed as later tests expect it
  expect(problems).toEqual([])
})

test('a clinician unpublishes the new article, then deletes it; every surface drops it', async ({context, page}) => {
  const problems = await watchStudio(context, page)
  await signInToStudio(page)
  await openPublishedArticle(page, NEW_ARTICLE.title)
  // With releases off, unpublishing is done from the published version.
  await page.getByRole('button', {name: 'Published', exact: true}).click()
  await page
    .getByTestId('action-unpublish')
    .or(page.getByRole('button', {name: 'Unpublish'}))
    .first()
    .click()
  await page.getByRole('dialog', {name: 'Unpublish document?'}).getByRole('button', {name: 'Unpublish now'}).click()
  await expect
    .poll(() => surfacesShowing(page, NEW_ARTICLE.title, NEW_ARTICLE.slug), {timeout: 3_000, intervals: [250]})
    .toEqual([])
  expect((await page.request.get(`/blog/${NEW_ARTICLE.slug}`)).status()).toBe(404)

  // Unpublishing kept her text as a draft; deleting removes that too.
  await page.getByRole('button', {name: 'Draft', exact: true}).click()
  await page.getByRole('button', {name: 'Open document actions'}).click()
  await page.getByRole('menuitem', {name: /^Delete/}).click()
  await page.getByRole('dialog', {name: 'Delete document?'}).getByRole('button', {name: 'Delete document'}).click()
  await expect
    .poll(async () => (await lakeClient.fetch('*[slug.current == $slug]._id', {slug: NEW_ARTICLE.slug})).length, {
      timeout: 3_000,
    })
    .toBe(0)
  expect(problems).toEqual([])
})
