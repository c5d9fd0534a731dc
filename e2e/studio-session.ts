import {expect, type BrowserContext, type Frame, type Page, type Request} from '@playwright/test'
import {LAKE_DEFAULT_TOKEN} from '../lib/lake-defaults.ts'
import {lakeClient} from './lake.ts'

/**
 * What a Studio session may show besides its own work, each for a reason:
 * - the Studio asks who is signed in before sign-in, and the lake answers 401 (one console line);
 * - the Studio cancels its own requests when what asked goes away: a closed pane's event
 *   stream, and the plan-limit checks (`/journey/…-limit`) it starts before sign-in returns
 *   (aborted requests, seen in CI runs), and the preview store's document-set queries when
 *   the document they preview is deleted under them, and the Calendar's live query, which
 *   drops its fetch in flight when a newer change arrives (seen when a test deletes its draft),
 *   and a document list pane, which re-runs its query on each change and cancels the one in
 *   flight (seen in CI when a scheduled article was deleted while its list was open);
 * - the Presentation tool reloads its preview frame while it syncs the frame's address, which
 *   cancels the site's page loads, refreshes, link prefetches and script chunks in that frame
 *   (chunks seen aborted in a CI run);
 * - a page that leaves cancels what its old document was still loading: signing in leaves the
 *   Studio for the lake's token page while the Studio is still fetching lazy script chunks (two
 *   syntax-highlighting chunks seen aborted in a CI run).
 */
const ALLOWED_CONSOLE = [/status of 401 \(Unauthorized\)/]
const STUDIO_CANCELLED =
  /\/data\/(listen|live)\/|\/journey\/[a-z-]+-limit|tag=sanity\.studio\.(preview\.observe-document-set|editorial-calendar)\b/
// The list pane marks its query with a GROQ comment, readable once the URL is decoded.
const DOCUMENT_LIST_QUERY = /^\/\/ findability-source: list$/m
// The Studio runs in the main frame, so any other frame is the preview frame. Its page loads and
// prefetches are also matched by address: a navigation's request can outlive the frame it
// replaced, so its frame may not be the one the page holds any more.
function inPreviewFrame(request: Request, page: Page): boolean {
  const url = new URL(request.url())
  const sitePage = url.origin === new URL(page.url()).origin && !/^\/(studio|_next|api)\b/.test(url.pathname)
  if (sitePage && ['document', 'fetch'].includes(request.resourceType())) return true
  const frame = frameOf(request)
  return frame !== undefined && frame !== page.mainFrame()
}
// A service worker's request has no frame (Playwright throws), and is neither the Studio's nor the preview's.
function frameOf(request: Request): Frame | undefined {
  try {
    return request.frame()
  } catch {
    return undefined
  }
}
function allowedFailure(request: Request, page: Page, leftItsDocument: boolean): boolean {
  if (request.failure()?.errorText !== 'net::ERR_ABORTED') return false
  const url = new URL(request.url())
  return (
    leftItsDocument ||
    inPreviewFrame(request, page) ||
    STUDIO_CANCELLED.test(request.url()) ||
    DOCUMENT_LIST_QUERY.test(url.searchParams.get('query') ?? '')
  )
}
const ON_THIS_MACHINE = /^(127\.0\.0\.1|localhost|[a-z0-9-]+\.localhost|\[::1\])$/

export type StudioProblems = string[]

/**
 * Records every console error, failed request and request that tries to leave the machine: the
 * offline Studio needs nothing from Sanity's hosts: its version check and feedback probe are
 * answered in the page (sanity/studio/hosted-checks.ts), and its UI font is bundled
 * (sanity/studio/ui-font.ts).
 */
export async function watchStudio(context: BrowserContext, page: Page): Promise<StudioProblems> {
  const problems: StudioProblems = []
  await context.route(
    (url) => !ON_THIS_MACHINE.test(url.hostname),
    (route) => {
      problems.push(`left the machine: ${route.request().url()}`)
      return route.abort('internetdisconnected')
    },
  )
  page.on('console', (message) => {
    if (message.type() === 'error' && !ALLOWED_CONSOLE.some((allowed) => allowed.test(message.text()))) {
      problems.push(`console: ${message.text()}`)
    }
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  // Counts the main frame's new documents; the Studio's own route changes (history API) are not
  // navigation requests, so they do not count. Until a navigation commits, the old document
  // still runs and still asks for things (the sign-in redirect leaves while the Studio loads
  // syntax-highlighting chunks: seen in CI), so what it asks for in that time is the old one's.
  let mainDocuments = 0
  let navigatingTo: string | undefined
  const documentOfRequest = new WeakMap<Request, number>()
  page.on('request', (request) => {
    if (request.isNavigationRequest() && frameOf(request) === page.mainFrame()) {
      mainDocuments++
      navigatingTo = request.url()
    } else documentOfRequest.set(request, navigatingTo === undefined ? mainDocuments : mainDocuments - 1)
  })
  // A same-document route change also fires framenavigated, at an address other than the one
  // being loaded; only arriving at that address ends the old document.
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && frame.url().split('#')[0] === navigatingTo) navigatingTo = undefined
  })
  page.on('requestfailed', (request) => {
    if (request.url() === navigatingTo) navigatingTo = undefined
    const leftItsDocument = (documentOfRequest.get(request) ?? mainDocuments) < mainDocuments
    if (!allowedFailure(request, page, leftItsDocument)) {
      problems.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ''}`)
    }
  })
  return problems
}

/** Signs in the way an editor does: /studio sends her to the lake, she types its token. */
export async function signInToStudio(page: Page, path = '/studio'): Promise<void> {
  await page.goto(path)
  await page.getByLabel('Lake token').fill(LAKE_DEFAULT_TOKEN, {timeout: 60_000})
  await page.getByRole('button', {name: 'Sign in'}).click()
  await expect(
    page
      .getByRole('link', {name: 'Structure'})
      .or(page.getByRole('button', {name: 'Structure'}))
      .first(),
  ).toBeVisible({timeout: 60_000})
}

export async function openPublishedArticle(page: Page, title: string): Promise<void> {
  await page
    .getByRole('link', {name: 'Articles'})
    .or(page.getByRole('button', {name: 'Articles'}))
    .first()
    .click()
  await page.getByText('Published', {exact: true}).first().click()
  await page.getByText(title).first().click()
  await expect(titleField(page)).toBeVisible({timeout: 30_000})
}

export function titleField(page: Page) {
  return page.getByTestId('field-title').locator('input')
}

/** Pastes formatted text into a body field, as an editor pasting from a word processor does. */
export async function pasteIntoBody(page: Page, html: string): Promise<void> {
  const editable = page.getByTestId('field-body').getByRole('textbox')
  await editable.click()
  await editable.evaluate((element, markup) => {
    const data = new DataTransfer()
    data.setData('text/html', markup)
    data.setData('text/plain', element.textContent ?? '')
    element.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}))
  }, html)
}

/** Uploads an image through the first image field's Upload button and the file chooser. */
export async function uploadImage(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByTestId('file-input-upload-button-sanity-default').first().click()
  await (await chooser).setFiles(file)
}

/** Picks a document for a reference field by typing part of its name, as editors do. */
export async function pickReference(
  page: Page,
  combobox: ReturnType<Page['getByRole']>,
  typed: string,
  option: string,
): Promise<void> {
  await combobox.fill(typed)
  await page.getByRole('option', {name: new RegExp(option)}).click()
}

// Done when the draft is gone from the lake. A click while the Studio is still saving the last
// keystrokes can come to nothing (seen in CI), so it is clicked again while it stays enabled.
/** Publishes, and answers when Publish was first clicked. */
export async function publish(page: Page, documentId: string): Promise<number> {
  const button = page.getByTestId('action-publish')
  await expect(button).toBeEnabled({timeout: 15_000})
  let clickedAt = 0
  await expect(async () => {
    if (await button.isEnabled()) {
      await button.click()
      clickedAt ||= Date.now()
    }
    expect(await lakeClient.getDocument(`drafts.${documentId}`)).toBeUndefined()
  }).toPass({timeout: 20_000, intervals: [500, 1_000]})
  return clickedAt
}
