import {readFileSync} from 'node:fs'
import {expect, type BrowserContext, type Page} from '@playwright/test'
import {LAKE_DEFAULT_TOKEN} from '../lib/lake-defaults'

/**
 * What a Studio session may show besides its own work, each for a reason:
 * - the Studio asks who is signed in before sign-in, and the lake answers 401 (one console line);
 * - Sanity's CDN (the UI font, the version check) and its feedback tunnel cannot be reached
 *   from here, so the test answers them (with a local font and "you are up to date");
 * - the Studio cancels its own requests when what asked goes away: a closed pane's event
 *   stream, and the plan-limit checks (`/journey/…-limit`) it starts before sign-in returns
 *   (aborted requests, seen in CI runs).
 */
const ALLOWED_CONSOLE = [/status of 401 \(Unauthorized\)/]
const ALLOWED_FAILED_REQUEST = (url: string, error: string) =>
  error === 'net::ERR_ABORTED' && /\/data\/(listen|live)\/|\/journey\/[a-z-]+-limit/.test(url)
const FONT = readFileSync('node_modules/next/dist/next-devtools/server/font/geist-latin.woff2')

export type StudioProblems = string[]

/** Answers Sanity's hosted endpoints and records every console error and failed request. */
export async function watchStudio(context: BrowserContext, page: Page): Promise<StudioProblems> {
  await context.route(/design-system-static\.sanity\.io/, (route) => route.fulfill({body: FONT, contentType: 'font/woff2'}))
  await context.route(/sanity-cdn\.com\/v1\/modules/, (route) =>
    route.fulfill({json: {latest: '6.16.0', packageVersion: '6.16.0'}}),
  )
  await context.route(/api\.sanity\.io\/vX\/intake\/feedback/, (route) => route.fulfill({json: {}}))
  const problems: StudioProblems = []
  page.on('console', (message) => {
    if (message.type() === 'error' && !ALLOWED_CONSOLE.some((allowed) => allowed.test(message.text()))) {
      problems.push(`console: ${message.text()}`)
    }
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? ''
    if (!ALLOWED_FAILED_REQUEST(request.url(), error)) problems.push(`failed: ${request.url()} ${error}`)
  })
  return problems
}

/** Signs in the way an editor does: /studio sends her to the lake, she types its token. */
export async function signInToStudio(page: Page, path = '/studio'): Promise<void> {
  await page.goto(path)
  await page.getByLabel('Lake token').fill(LAKE_DEFAULT_TOKEN, {timeout: 60_000})
  await page.getByRole('button', {name: 'Sign in'}).click()
  await expect(page.getByRole('link', {name: 'Structure'}).or(page.getByRole('button', {name: 'Structure'})).first()).toBeVisible({timeout: 60_000})
}

export async function openPublishedArticle(page: Page, title: string): Promise<void> {
  await page.getByRole('link', {name: 'Articles'}).or(page.getByRole('button', {name: 'Articles'})).first().click()
  await page.getByText('Published', {exact: true}).first().click()
  await page.getByText(title).first().click()
  await expect(page.getByTestId('field-title').locator('input')).toBeVisible({timeout: 30_000})
}

export function titleField(page: Page) {
  return page.getByTestId('field-title').locator('input')
}
