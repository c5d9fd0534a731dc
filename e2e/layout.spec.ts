import {expect, test, type Page} from '@playwright/test'

// Blank stretches a visitor scrolls through with nothing in them. One stylesheet rule broken by a
// comment put in the middle of its selector list gave the footer's list of links (on every page)
// and an article's related posts a screen's height each, for four days, with every other test
// passing: axe and the header test look at what is there, not at empty space.
const PAGES = [
  '/',
  '/blog',
  '/blog/knowing-when-you-need-more-support',
  '/services/group-therapy',
  '/team',
  '/team/maya-ellison',
  '/contact',
  '/crisis',
  '/privacy',
  // One result, and none: short pages, where a floor under the results shows as a gap.
  '/search?q=anxiety',
  '/search?q=zzqqxx',
]
// Between sections, a page has at most about 5 rem of margin and padding.
const MAX_BLANK_PX = 160

/** The tallest vertical stretch of the page, from its first content to its last, with nothing drawn in it. */
function tallestBlank(page: Page): Promise<{height: number; after: string}> {
  return page.evaluate(() => {
    const spans: {top: number; bottom: number; what: string}[] = []
    const add = (rect: DOMRect, what: string) => {
      if (rect.width > 0 && rect.height > 0) spans.push({top: rect.top + scrollY, bottom: rect.bottom + scrollY, what})
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue
      const range = document.createRange()
      range.selectNodeContents(node)
      add(range.getBoundingClientRect(), node.textContent.trim().slice(0, 40))
    }
    for (const element of document.body.querySelectorAll('img, svg, input, select, textarea, button, iframe')) {
      add(element.getBoundingClientRect(), element.tagName.toLowerCase())
    }
    spans.sort((a, b) => a.top - b.top)
    let blank = {height: 0, after: ''}
    let reach = spans[0]
    for (const span of spans.slice(1)) {
      if (span.top - reach.bottom > blank.height) blank = {height: span.top - reach.bottom, after: reach.what}
      if (span.bottom > reach.bottom) reach = span
    }
    return {height: Math.round(blank.height), after: blank.after}
  })
}

for (const width of [375, 1280]) {
  test(`no page has a blank stretch taller than ${MAX_BLANK_PX} px at ${width} px wide`, async ({browser}) => {
    const context = await browser.newContext({viewport: {width, height: 800}})
    const page = await context.newPage()
    const tallest: string[] = []
    for (const path of PAGES) {
      await page.goto(path)
      const blank = await tallestBlank(page)
      tallest.push(`${path} ${blank.height}`)
      expect(blank.height, `${path}: ${blank.height} px of nothing after "${blank.after}"`).toBeLessThanOrEqual(
        MAX_BLANK_PX,
      )
    }
    console.log(`tallest blank stretch at ${width} px: ${tallest.join(', ')}`)
    await context.close()
  })
}
