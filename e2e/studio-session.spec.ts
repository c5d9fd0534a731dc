import {expect, test, type Page} from '@playwright/test'
import {watchStudio} from './studio-session.ts'

// The Studio tests fail on any request the browser drops, except those a page drops because it is
// leaving. These pages are answered in the browser, so the timing is set here, not left to chance.
const LEAVING = '/watcher/leaving'
const ARRIVED = '/watcher/arrived'
// Under /_next, where a chunk would be: a page's own fetches on the site's address are allowed
// as the preview frame's (see inPreviewFrame), which would hide what is tested here.
const NEVER_ANSWERED = '/_next/static/chunks/watcher-never-answered.js'

const html = (script: string) => `<!doctype html><title>watcher</title><script>${script}</script>`

async function serveInBrowser(page: Page, arrivedScript: string): Promise<void> {
  await page.route(`**${LEAVING}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      // It leaves first, and asks for a script while the next page is still on its way, as the
      // Studio loads lazy chunks while its sign-in redirect is under way.
      body: html(`location.href = '${ARRIVED}'; setTimeout(() => fetch('${NEVER_ANSWERED}?old'), 100)`),
    }),
  )
  await page.route(`**${ARRIVED}`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600))
    await route.fulfill({contentType: 'text/html', body: html(arrivedScript)})
  })
  // Never answered: only the page going away ends it.
  await page.route(`**${NEVER_ANSWERED}*`, () => undefined)
}

test('a request the leaving page made while the next page was loading is not reported', async ({context, page}) => {
  const problems = await watchStudio(context, page)
  await serveInBrowser(page, 'document.title = "arrived"')
  await page.goto(LEAVING)
  await expect(page).toHaveTitle('arrived')
  await page.waitForTimeout(300)
  expect(problems).toEqual([])
})

test('a request the arrived page drops is still reported', async ({context, page}) => {
  const problems = await watchStudio(context, page)
  await serveInBrowser(
    page,
    `const c = new AbortController(); fetch('${NEVER_ANSWERED}?new', {signal: c.signal}).catch(() => {});
     setTimeout(() => { c.abort(); document.title = "arrived" }, 200)`,
  )
  await page.goto(LEAVING)
  await expect(page).toHaveTitle('arrived')
  await expect
    .poll(() => problems)
    .toEqual([expect.stringMatching(/watcher-never-answered\.js\?new net::ERR_ABORTED$/)])
})
