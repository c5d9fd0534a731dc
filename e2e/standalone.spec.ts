import {mkdtemp, readdir, rm} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {expect, test} from '@playwright/test'
import {copyStandalone, startStandalone, type StandaloneServer} from '../bench/lib/standalone.ts'
import {fillGoodRequest} from './contact-form.ts'

// The deployable folder on its own: the build's standalone output (what the Dockerfile ships),
// copied to an empty folder outside the repository, with no npm ci and no sources beside it,
// served against the browser tests' lake.
const PORT = 3106
const LAKE_PORT = 4110
let folder: string
let server: StandaloneServer

test.describe.configure({mode: 'serial'})

test.beforeAll(async () => {
  test.setTimeout(90_000)
  folder = await mkdtemp(path.join(os.tmpdir(), 'standalone-'))
  await copyStandalone('.next', path.join(folder, 'site'))
  server = await startStandalone(path.join(folder, 'site'), PORT, {
    LAKE_PORT: String(LAKE_PORT),
    OUTBOX_DIR: path.join(folder, 'outbox'),
  })
})

test.afterAll(async () => {
  await server?.terminate()
  await rm(folder, {recursive: true, force: true})
})

test('every page in the sitemap, the feed, robots, icons, a share image and the scripts are served', async ({
  request,
}) => {
  test.setTimeout(120_000)
  const sitemap = await request.get(`${server.url}/sitemap.xml`)
  expect(sitemap.status()).toBe(200)
  const pages = [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname)
  // Every kind the site has: home, lists and their pages, articles, topics, team, services,
  // groups and their filters, the practice's pages.
  for (const prefix of ['/blog/', '/team/', '/groups']) expect(pages.some((page) => page.startsWith(prefix))).toBe(true)
  const failed: string[] = []
  for (const page of pages) {
    const response = await request.get(`${server.url}${page}`)
    if (response.status() !== 200) failed.push(`${page}: ${response.status()}`)
  }
  expect(failed).toEqual([])

  const article = pages.find((page) => /^\/blog\/[^/]+$/.test(page) && !page.startsWith('/blog/category'))
  const articleHtml = await (await request.get(`${server.url}${article}`)).text()
  const shareImage = new URL(/property="og:image" content="([^"]+)"/.exec(articleHtml)?.[1] ?? 'http://x/none').pathname
  const others = ['/feed.xml', '/robots.txt', '/icon', shareImage, '/search?q=sleep']
  for (const other of others)
    expect(`${other}: ${(await request.get(`${server.url}${other}`)).status()}`).toBe(`${other}: 200`)
  expect((await request.get(`${server.url}/no-such-page`)).status()).toBe(404)

  const html = await (await request.get(`${server.url}/`)).text()
  const scripts = [...html.matchAll(/src="(\/_next\/static\/[^"]+)"/g)].map((match) => match[1])
  expect(scripts.length).toBeGreaterThan(0)
  for (const script of scripts) expect((await request.get(`${server.url}${script}`)).status()).toBe(200)
})

test('the appointment form is accepted and kept in the outbox', async ({page}) => {
  await page.goto(`${server.url}/contact`)
  await fillGoodRequest(page, 'Standalone visitor')
  await page.getByRole('button', {name: 'Request a call back'}).click()
  await expect(page).toHaveURL(/\/contact\/thanks$/)
  expect(await readdir(path.join(folder, 'outbox'))).toHaveLength(1)
})

test('SIGTERM: it finishes, closes and exits 0', async () => {
  const {code} = await server.terminate()
  expect(code).toBe(0)
  expect(server.output()).toMatch(/\[shutdown\] drained after/)
})
