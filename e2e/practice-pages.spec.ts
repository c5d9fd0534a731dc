import {expect, test} from '@playwright/test'
import {expectNoAxeViolations} from './axe.ts'
import {expectSettled} from './prerendered.ts'

// The pages where people decide whether to call: prerendered like the rest, and readable by
// everyone at a phone's width and a desktop's.
const PAGES = [
  '/',
  '/groups',
  '/groups/online/any',
  '/groups/in-office/bipoc-group-therapy',
  '/services/intensive-outpatient-program',
  '/team',
  '/team/accepting',
  '/team/andre-whitaker',
  '/contact',
  '/contact/group/bipoc-community-group',
  '/insurance-and-fees',
]

test('every page with the practice’s facts is served from the cache, never rendered per request', async ({request}) => {
  for (const path of PAGES) expect({path, status: (await request.get(path)).status()}).toEqual({path, status: 200})
  // Each answers from the cache (a HIT) once any change an earlier test made has been rendered.
  await expectSettled(request, PAGES, 'practice pages')
})

for (const width of [375, 1280]) {
  test(`axe finds nothing on the groups page at ${width} px, with the filters used`, async ({browser}) => {
    const context = await browser.newContext({viewport: {width, height: 900}})
    const page = await context.newPage()
    await page.goto('/groups')
    await expectNoAxeViolations(page)
    await page.getByRole('navigation', {name: 'Where'}).getByRole('link', {name: 'Online (telehealth)'}).click()
    await expect(page).toHaveURL(/\/groups\/online\/any$/)
    await expect(
      page.getByRole('navigation', {name: 'Where'}).getByRole('link', {name: 'Online (telehealth)'}),
    ).toHaveAttribute('aria-current', 'page')
    await expectNoAxeViolations(page)
    await page.getByRole('navigation', {name: 'Service'}).getByRole('link', {name: 'BIPOC group therapy'}).click()
    await expect(page).toHaveURL(/\/groups\/online\/bipoc-group-therapy$/)
    await expect(page.getByRole('heading', {name: 'BIPOC community group'})).toBeVisible()
    await expectNoAxeViolations(page)
    await context.close()
  })

  test(`axe finds nothing on the other pages with the practice’s facts at ${width} px`, async ({browser}) => {
    const context = await browser.newContext({viewport: {width, height: 900}})
    const page = await context.newPage()
    for (const path of PAGES.filter((p) => !p.startsWith('/groups'))) {
      await page.goto(path)
      await expectNoAxeViolations(page)
    }
    await context.close()
  })
}

test('"Ask about this group" opens the form with the group chosen, and the hours say whether the office is open', async ({
  page,
}) => {
  await page.goto('/groups')
  await page.getByRole('link', {name: 'Ask about this group: BIPOC community group'}).click()
  await expect(page).toHaveURL(/\/contact\/group\/bipoc-community-group$/)
  await expect(page.getByText('You are asking about the BIPOC community group.')).toBeVisible()
  await expect(page.getByLabel('What are you asking about?')).toHaveValue('bipoc-group-therapy')
  // Worked out in the browser from the hours in the page.
  await expect(page.locator('.office .open-now')).toHaveText(/^(Open now, until|Closed now|Closed today)/)
})
