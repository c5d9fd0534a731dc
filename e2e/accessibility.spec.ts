import {test} from '@playwright/test'
import {expectNoAxeViolations} from './axe.ts'

for (const path of [
  '/',
  '/blog/the-role-of-group-therapy-in-intensive-outpatient-programs',
  '/blog/knowing-when-you-need-more-support',
]) {
  test(`${path} has no automatically detectable accessibility violations`, async ({browser}) => {
    // @axe-core/playwright needs a page from its own context.
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(path)
    await expectNoAxeViolations(page)
    await context.close()
  })
}
