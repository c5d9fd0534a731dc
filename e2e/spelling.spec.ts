import {expect, test} from '@playwright/test'
import american from 'dictionary-en'
import british from 'dictionary-en-gb'
import nspell from 'nspell'
import {sitemapPaths} from './indexing.ts'

// The practice is in North Carolina and its name says "Counseling": its pages should not switch
// to British spelling ("group-centred", "People of Colour") halfway through a sentence, as the
// seed content and service pages did. A word is British here when the British English dictionary
// knows it and the American one does not, so names and terms that neither knows are left alone.
// The dictionaries are read as Buffers but typed as Uint8Array, which nspell's types do not take.
const checker = ({aff, dic}: typeof american) => nspell({aff: Buffer.from(aff), dic: Buffer.from(dic)})
const isAmerican = checker(american)
const isBritish = checker(british)

function britishSpellings(text: string): string[] {
  const words = text.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? []
  const found = words.filter((word) => isBritish.correct(word) && !isAmerican.correct(word))
  return [...new Set(found)]
}

test('every page a visitor can reach is written in American spelling', async ({page, request}) => {
  test.setTimeout(120_000)
  const paths = await sitemapPaths(request)
  expect(paths.length).toBeGreaterThan(10)
  // Pages the sitemap leaves out: search, the form's thanks, a missing page.
  paths.push('/search', '/search?q=group+therapy', '/contact/thanks', '/no-such-page')
  const found: string[] = []
  for (const path of paths) {
    await page.goto(path)
    const text = await page.locator('body').innerText()
    // What a screen reader or a search result shows too: pictures' descriptions, title, description.
    const described = await page.evaluate(() => [
      document.title,
      document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
      ...[...document.images].map((image) => image.alt),
    ])
    for (const word of britishSpellings([text, ...described].join('\n'))) found.push(`${path}: ${word}`)
  }
  expect(found).toEqual([])
})
