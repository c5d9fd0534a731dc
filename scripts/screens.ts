// `npm run screens`: full-page screenshots of the production build in Chromium, kept in
// docs/screens/ so that every change to how the site looks shows up in a diff. It builds into its
// own folder from a freshly seeded lake of its own, so neither a developer's build nor their local
// edits end up in the pictures.
import {mkdir, readFile, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {chromium, type Page} from '@playwright/test'
import {runMeasured, startBackground, waitForUrl} from '../bench/lib/processes.ts'
import {routes} from '../lib/routes.ts'

const PORT = 3310
const SITE = `http://127.0.0.1:${PORT}`
const OUT = 'docs/screens'
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const WIDTHS = [375, 1280]
const PAGES: Record<string, string> = {
  home: routes.home,
  article: routes.post('your-first-group-session'),
  service: routes.service('group-therapy'),
  groups: routes.groups,
  team: routes.team,
  contact: routes.contact,
  crisis: routes.crisis,
}

const env = {
  LAKE_DIR: '.lake/screens',
  LAKE_PORT: '4310',
  PORT: String(PORT),
  NEXT_DIST_DIR: '.next-screens',
  NEXT_TELEMETRY_DISABLED: '1',
  OUTBOX_DIR: '.lake/screens-outbox',
}

// The site's pages, and the page the offline Studio sends a clinician to sign in (the lake's).
const addresses: Record<string, string> = {
  ...Object.fromEntries(Object.entries(PAGES).map(([name, route]) => [name, `${SITE}${route}`])),
  'studio-sign-in': `http://127.0.0.1:${env.LAKE_PORT}/auth/login?origin=${encodeURIComponent(`${SITE}${routes.studio}`)}`,
}

async function build(): Promise<void> {
  await rm(env.LAKE_DIR, {recursive: true, force: true})
  // Next adds its dist folder to tsconfig.json's include list; the repository's file stays as it was.
  const tsconfig = await readFile('tsconfig.json', 'utf8')
  const built = await runMeasured(process.execPath, ['scripts/with-lake.ts', 'next', 'build'], env).finally(() =>
    writeFile('tsconfig.json', tsconfig),
  )
  if (built.code !== 0) throw new Error(`build failed:\n${built.output.slice(-3_000)}`)
}

// A full-page screenshot draws the whole page but scrolls nothing, so images below the first
// screen (loading="lazy": cards, portraits) stayed grey boxes in the pictures. A visitor who
// scrolls sees them; so does the picture, by loading them all and waiting until each is decoded.
async function loadLazyImages(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const images = [...document.images]
    for (const image of images) image.loading = 'eager'
    await Promise.all(images.map((image) => image.decode().catch(() => undefined)))
  })
}

async function shoot(): Promise<string[]> {
  const site = startBackground(process.execPath, ['scripts/with-lake.ts', 'next', 'start', '-H', '127.0.0.1'], env)
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
  const written: string[] = []
  try {
    await waitForUrl(`${SITE}/`, 60_000)
    await mkdir(OUT, {recursive: true})
    for (const width of WIDTHS) {
      const context = await browser.newContext({
        viewport: {width, height: 800},
        reducedMotion: 'reduce',
        deviceScaleFactor: 1,
      })
      const page = await context.newPage()
      for (const [name, url] of Object.entries(addresses)) {
        await page.goto(url, {waitUntil: 'networkidle'})
        await loadLazyImages(page)
        const file = path.join(OUT, `${name}-${width}.png`)
        await page.screenshot({path: file, fullPage: true, animations: 'disabled'})
        written.push(file)
      }
      await context.close()
    }
  } finally {
    await browser.close()
    await site.stop()
  }
  return written
}

await build()
for (const file of await shoot()) console.log(`[screens] ${file}`)
