import {expect, test, type Page} from '@playwright/test'
import {expectNoAxeViolations} from './axe.ts'

// The header on a phone: crisis line, name and a Menu button in at most 140 px (issue 16).
const PHONE = {width: 375, height: 812}
const menuButton = (page: Page) => page.locator('summary.site-menu__button')
const menuLinks = (page: Page) => page.getByRole('navigation', {name: 'Main'}).getByRole('link')

test('on a phone the header takes at most 140 px, and the menu opens and closes by mouse and by keyboard', async ({
  browser,
}) => {
  const context = await browser.newContext({viewport: PHONE})
  const page = await context.newPage()
  await page.goto('/blog/grounding-skills-for-hard-moments')
  const bottom = await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().bottom)
  console.log(`phone header (crisis line included): ${Math.round(bottom)} px`)
  expect(bottom).toBeLessThanOrEqual(140)
  await expect(page.getByRole('complementary', {name: 'Crisis support'})).toBeVisible()

  // Mouse: open, see every item, close.
  await expect(menuLinks(page)).toHaveCount(0)
  await menuButton(page).click()
  await expect(menuLinks(page).filter({hasText: 'Request an appointment'})).toBeVisible()
  await expect(menuLinks(page)).toHaveText([
    'Services',
    'IOP',
    'Groups',
    'Blog',
    'Team',
    'Search',
    'Contact',
    'Request an appointment',
    /^Call /,
  ])
  await menuButton(page).click()
  await expect(menuLinks(page)).toHaveCount(0)

  // Keyboard: Enter opens, Tab reaches the links, Escape closes and gives focus back to the button.
  await menuButton(page).focus()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await expect(menuLinks(page).first()).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(menuLinks(page)).toHaveCount(0)
  await expect(menuButton(page)).toBeFocused()

  // Following a link closes the menu on the next page.
  await menuButton(page).click()
  await menuLinks(page).filter({hasText: 'Team'}).click()
  await expect(page).toHaveURL(/\/team$/)
  await expect(menuLinks(page)).toHaveCount(0)
  await context.close()
})

test('the phone menu works without JavaScript, and from 1024 px the links sit in the header', async ({browser}) => {
  const noScript = await browser.newContext({viewport: PHONE, javaScriptEnabled: false})
  const phone = await noScript.newPage()
  await phone.goto('/')
  await menuButton(phone).click()
  await expect(menuLinks(phone).filter({hasText: 'Contact'})).toBeVisible()
  await noScript.close()

  const wide = await browser.newContext({viewport: {width: 1024, height: 768}})
  const desktop = await wide.newPage()
  await desktop.goto('/')
  await expect(menuButton(desktop)).toBeHidden()
  await expect(menuLinks(desktop)).toHaveText(['Services', 'IOP', 'Groups', 'Blog', 'Team', 'Search', 'Contact'])
  await wide.close()
})

for (const path of [
  '/',
  '/blog/knowing-when-you-need-more-support',
  '/services/group-therapy',
  '/team',
  '/contact',
  '/crisis',
  '/blog/no-such-article',
]) {
  test(`axe finds nothing on ${path} at 375 px with the menu closed and open`, async ({browser}) => {
    const context = await browser.newContext({viewport: PHONE})
    const page = await context.newPage()
    await page.goto(path)
    await expectNoAxeViolations(page)
    await menuButton(page).click()
    await expect(menuLinks(page).first()).toBeVisible()
    await expectNoAxeViolations(page)
    await context.close()
  })
}
