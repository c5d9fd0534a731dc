import {expect, test, type APIRequestContext, type Page} from '@playwright/test'

// How the practice looks outside its pages: the browser tab, an iPhone's home screen, and the
// card a messaging app or social site draws for a shared link.

/** Width and height from a PNG's header (the IHDR chunk starts at byte 16). */
function pngSize(bytes: Buffer): {width: number; height: number} {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return {width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20)}
}

async function fetched(request: APIRequestContext, url: string) {
  const {pathname, search} = new URL(url)
  const response = await request.get(pathname + search)
  expect(response.status(), url).toBe(200)
  return {type: response.headers()['content-type'], body: await response.body()}
}

const circles = (svg: string) =>
  [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"/g)].map((m) => m.slice(1).map(Number))

async function headerMark(page: Page): Promise<number[][]> {
  return page
    .locator('.site-header .logo-mark circle')
    .evaluateAll((nodes) => nodes.map((node) => ['cx', 'cy', 'r'].map((name) => Number(node.getAttribute(name)))))
}

test("the tab and home-screen icons are the header's mark", async ({page, request}) => {
  await page.goto('/')
  const iconHref = await page.locator('link[rel="icon"]').getAttribute('href')
  const icon = await fetched(request, new URL(iconHref ?? '', page.url()).href)
  expect(icon.type).toContain('image/svg+xml')
  // A disc, its center and seven seats, where the header draws them.
  const drawn = circles(icon.body.toString('utf8'))
  expect(drawn).toHaveLength(9)
  expect(drawn).toEqual(await headerMark(page))

  const appleHref = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href')
  const apple = await fetched(request, new URL(appleHref ?? '', page.url()).href)
  expect({type: apple.type, ...pngSize(apple.body)}).toEqual({type: 'image/png', width: 180, height: 180})
})

test('a link to any page shares a picture card, and an article keeps its own', async ({page, request}) => {
  const cards: Record<string, string> = {}
  for (const path of [
    '/',
    '/services/intensive-outpatient-program',
    '/team',
    '/contact',
    '/blog/your-first-group-session',
  ]) {
    await page.goto(path)
    const card = await page.locator('meta[property="og:image"]').getAttribute('content')
    expect(card, `${path} has no og:image`).toBeTruthy()
    const image = await fetched(request, card as string)
    expect({path, type: image.type, ...pngSize(image.body)}).toEqual({
      path,
      type: 'image/png',
      width: 1200,
      height: 630,
    })
    cards[path] = new URL(card as string).pathname
  }
  expect(cards['/blog/your-first-group-session']).toMatch(/^\/blog\/your-first-group-session\/opengraph-image/)
  expect(cards['/services/intensive-outpatient-program']).toBe(cards['/'])
})
