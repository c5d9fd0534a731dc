import AxeBuilder from '@axe-core/playwright'
import {expect, type Page} from '@playwright/test'

// WCAG 2.2 AA, as far as axe can check it automatically; it does not replace trying the pages
// with a screen reader and a keyboard.
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * Fails with each violated rule and where, so a failure says what to fix. `within`: a selector
 * for the part of the page that is ours (a tool inside the Studio, whose frame is Sanity's).
 */
export async function expectNoAxeViolations(page: Page, within?: string) {
  const builder = new AxeBuilder({page}).withTags(WCAG_AA)
  const results = await (within ? builder.include(within) : builder).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}
