import {expect, test, type APIRequestContext, type Page} from '@playwright/test'
import {describeClosureDays, describeDay} from '../lib/practice/describe.ts'
import {addDays, localParts} from '../lib/practice/hours.ts'
import {lakeClient} from './lake.ts'
import {expectSettled} from './prerendered.ts'
import {publish, signInToStudio, watchStudio} from './studio-session.ts'

// The office keeps the practice's facts in the real Studio on the local lake, and visitors see
// them on the production build without a rebuild and without any page rendering per request.
test.describe.configure({mode: 'serial'})
test.use({timezoneId: 'America/New_York'})
test.setTimeout(240_000)

const GROUP = 'group-iop-morning-group'
const GROUP_SLUG = 'iop-morning-group'
const CLINICIAN = 'clinician-maya-ellison'

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
// React separates adjacent text with <!-- --> in the HTML; a visitor reads none of it.
const plainText = (html: string) =>
  html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')

async function openPractice(page: Page, item: string, document?: string): Promise<void> {
  await page
    .getByRole('link', {name: 'Practice'})
    .or(page.getByRole('button', {name: 'Practice'}))
    .first()
    .click()
  await page.getByText(item, {exact: true}).first().click()
  if (document) await page.getByText(document, {exact: true}).first().click()
}

/** The text of the group's card on a page, or of home's "Starting care", where the change must show. */
async function groupFacts(request: APIRequestContext, path: string): Promise<string> {
  const html = await (await request.get(path)).text()
  const start = path === '/' ? html.indexOf('id="starting-title"') : html.indexOf(`id="group-${GROUP_SLUG}"`)
  if (start < 0) return ''
  const end = html.indexOf(path === '/' ? '</section>' : '</article>', start)
  return plainText(html.slice(start, end))
}

// Each surface is asked in turn until it shows the change; the time is from the click on Publish.
async function timeToShow(
  request: APIRequestContext,
  published: number,
  paths: string[],
  shows: (text: string) => boolean,
) {
  const times: Record<string, number> = {}
  await expect
    .poll(
      async () => {
        for (const path of paths.filter((p) => times[p] === undefined)) {
          if (shows(await groupFacts(request, path))) times[path] = Date.now() - published
        }
        return Object.keys(times).length
      },
      {timeout: 15_000, intervals: [100]},
    )
    .toBe(paths.length)
  return times
}

test('office staff change a group to waitlist and move its start; groups, service page and home show both', async ({
  context,
  page,
}) => {
  const original = await lakeClient.getDocument(GROUP)
  const problems = await watchStudio(context, page)
  await signInToStudio(page)
  await openPractice(page, 'All groups', 'IOP morning group')
  const surfaces = ['/groups', '/services/intensive-outpatient-program', '/']
  const rounds: Record<string, number>[] = []
  let start = String(original?.nextStart)
  // Five rounds, as the office would over a few weeks: waitlist and back, the start moving on a week each time.
  for (const [round, status] of [
    'Waitlist',
    'A few places left',
    'Waitlist',
    'A few places left',
    'Waitlist',
  ].entries()) {
    start = addDays(start, 7)
    await page.getByTestId('field-enrollment').getByRole('radio', {name: status}).check()
    const dateInput = page.getByTestId('field-nextStart').getByRole('textbox')
    await dateInput.fill(start)
    await dateInput.press('Tab')
    const published = await publish(page, GROUP)
    const day = describeDay(start)
    const statusOnHome = status.toLowerCase()
    rounds.push(
      await timeToShow(
        page.request,
        published,
        surfaces,
        (text) => text.includes(day) && (text.includes(status) || text.includes(`(${statusOnHome})`)),
      ),
    )
    test.info().annotations.push({type: `round ${round + 1}`, description: JSON.stringify(rounds[round])})
  }
  const medians = Object.fromEntries(surfaces.map((path) => [path, median(rounds.map((r) => r[path]))]))
  console.log(`[practice] publish to visible, median of ${rounds.length} (ms): ${JSON.stringify(medians)}`)
  await expectSettled(page.request, surfaces, 'after the group changed')
  expect(problems).toEqual([])
  if (original) await lakeClient.createOrReplace(original)
})

test('a clinician set to not accepting leaves the accepting view, and their page says so', async ({context, page}) => {
  const original = await lakeClient.getDocument(CLINICIAN)
  const problems = await watchStudio(context, page)
  await signInToStudio(page)
  await openPractice(page, 'Who takes new clients', 'Maya Ellison')
  await page.getByTestId('field-acceptingClients').getByRole('radio', {name: 'Not accepting new clients'}).check()
  await publish(page, CLINICIAN)
  await expect
    .poll(async () => (await (await page.request.get('/team/accepting')).text()).includes('Maya Ellison'), {
      timeout: 10_000,
    })
    .toBe(false)
  // After a change the next request may get the previous copy once, while the page regenerates.
  await expect
    .poll(async () => plainText(await (await page.request.get('/team/maya-ellison')).text()), {timeout: 10_000})
    .toContain('Not accepting new clients')
  await page.goto('/team/maya-ellison')
  await expect(page.getByRole('listitem').filter({hasText: 'Not accepting new clients'})).toBeVisible()
  await page.goto('/team/accepting')
  await expect(page.getByRole('heading', {name: 'Jordan Reyes'})).toBeVisible()
  expect(problems).toEqual([])
  if (original) await lakeClient.createOrReplace(original)
})

test('a closure added for today puts a notice on every page and "Closed today" in the hours', async ({
  context,
  page,
}) => {
  const original = await lakeClient.getDocument('practiceDetails')
  const problems = await watchStudio(context, page)
  const today = localParts(Date.now()).date
  await signInToStudio(page)
  await openPractice(page, 'Practice details')
  await page.getByTestId('field-closures').getByRole('button', {name: 'Add item'}).click()
  const dialog = page.getByRole('dialog')
  for (const field of ['from', 'to']) {
    const input = dialog.getByTestId(new RegExp(`field-closures.*\\.${field}$`)).getByRole('textbox')
    await input.fill(today)
    await input.press('Tab')
  }
  await dialog
    .getByTestId(/field-closures.*\.note$/)
    .getByRole('textbox')
    .fill('Snow day')
  await page.keyboard.press('Escape')
  await publish(page, 'practiceDetails')
  const notice = `Office closed ${describeClosureDays({from: today, to: today})}: Snow day.`
  for (const path of [
    '/',
    '/blog',
    '/groups',
    '/contact',
    '/team/maya-ellison',
    '/blog/stepping-down-from-inpatient-care',
  ]) {
    await expect
      .poll(async () => plainText(await (await page.request.get(path)).text()).includes(notice), {timeout: 10_000})
      .toBe(true)
  }
  await page.goto('/contact')
  await expect(page.locator('.office .open-now')).toHaveText('Closed today (Snow day)')
  expect(problems).toEqual([])
  if (original) await lakeClient.createOrReplace(original)
})

test('a group whose leaving time is 60 s ahead is gone from every surface on the first request after it', async ({
  page,
}) => {
  const run = Date.now()
  const slug = `leaving-group-${run}`
  const leavesAt = run + 60_000
  await lakeClient.create({
    _id: `group-${slug}`,
    _type: 'group',
    title: `Leaving group ${run}`,
    slug: {_type: 'slug', current: slug},
    service: 'group-therapy',
    enrollment: 'open',
    admission: 'rolling',
    meetings: [{_key: 'm', _type: 'meeting', days: ['friday'], start: '10:00', end: '11:30'}],
    format: 'both',
    audience: 'Adults trying the site.',
    leavesAt: new Date(leavesAt).toISOString(),
  })
  const surfaces = ['/groups', '/groups/any/group-therapy', '/groups/online/any', '/services/group-therapy']
  const shows = async (path: string) => (await (await page.request.get(path)).text()).includes(slug)
  for (const path of surfaces) await expect.poll(() => shows(path), {timeout: 10_000}).toBe(true)
  expect((await page.request.get(`/contact/group/${slug}`)).status()).toBe(200)
  await expectSettled(page.request, surfaces, 'before it leaves')
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, leavesAt - Date.now() + 1_000)))
  // The first request after its time, on each surface.
  for (const path of surfaces) expect({path, shown: await shows(path)}).toEqual({path, shown: false})
  expect((await page.request.get(`/contact/group/${slug}`)).status()).toBe(404)
  await expectSettled(page.request, surfaces, 'after it left')
  await lakeClient.delete(`group-${slug}`)
})
