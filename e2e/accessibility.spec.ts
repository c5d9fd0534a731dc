import AxeBuilder from '@axe-core/playwright'
import {expect, test} from '@playwright/test'

// WCAG 2.2 AA, as axe checks it automatically; it does not replace trying the pages with a
// screen reader and a keyboard.
for (const path of ['/', '/blog/the-role-of-group-therapy-in-intensive-outpatient-programs', '/blog/knowing-when-you-need-more-support']) {
  test(`${path} has no automatically detectable accessibility violations`, async ({browser}) => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(path)
    const results = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    await context.close()
  })
}
