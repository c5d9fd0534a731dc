import {expect, test} from '@playwright/test'

// Next prefetches the pages a visitor's screen links to. React put a preload of each linked
// page's main picture into what was prefetched, so a phone scrolling a list of articles paid for
// every article's picture (ContentImage.tsx). A phone should download the pictures it shows.
const PHONE = {viewport: {width: 375, height: 812}, deviceScaleFactor: 3, isMobile: true, hasTouch: true}

for (const path of ['/blog', '/team', '/']) {
  test(`a phone scrolling ${path} downloads only the pictures it shows`, async ({browser}) => {
    const context = await browser.newContext(PHONE)
    const page = await context.newPage()
    const fetched = new Set<string>()
    page.on('request', (request) => {
      if (request.resourceType() === 'image' && new URL(request.url()).pathname.startsWith('/images/'))
        fetched.add(request.url())
    })
    await page.goto(path)
    // To the end of the page, a screen at a time, with time for each screen's links to prefetch.
    const height = await page.evaluate(() => document.documentElement.scrollHeight)
    for (let top = 600; top < height; top += 600) {
      await page.evaluate((y) => window.scrollTo(0, y), top)
      await page.waitForTimeout(200)
    }
    await page.waitForLoadState('networkidle')
    expect(await page.evaluate(() => window.scrollY + window.innerHeight)).toBeGreaterThanOrEqual(height - 1)
    const shown = await page.evaluate(() => [...document.images].map((image) => image.currentSrc))
    const unseen = [...fetched].filter((url) => !shown.includes(url))
    console.log(`${path}: ${fetched.size} pictures fetched, ${unseen.length} of them not on the page`)
    expect(fetched.size).toBeGreaterThan(0)
    expect(unseen).toEqual([])
    await context.close()
  })
}
