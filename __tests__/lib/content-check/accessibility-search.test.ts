import {describe, expect, it} from '@jest/globals'
import {checkArticle} from '../../../lib/content-check/index.ts'
import {articleWith, linked, paragraph} from './articles.ts'

const rulesOf = (...args: Parameters<typeof articleWith>) => checkArticle(articleWith(...args)).findings

describe('accessibility', () => {
  it('requires alt text on the main image and on every body image, as errors', () => {
    const findings = rulesOf([{_type: 'accessibleImage', _key: 'img', alt: ' '}], {
      mainImage: {asset: {_ref: 'image-1'}, alt: ''},
    })
    const altErrors = findings.filter((f) => f.rule === 'alt-text')
    expect(altErrors.map((f) => [f.severity, f.blockKey])).toEqual([
      ['error', undefined],
      ['error', 'img'],
    ])
  })

  it('flags a heading that skips a level, and accepts h2 then h3', () => {
    const good = rulesOf([paragraph('Start', 'a', 'h2'), paragraph('Detail', 'b', 'h3')])
    expect(good.filter((f) => f.rule === 'heading-order')).toEqual([])
    const skipped = rulesOf([paragraph('Detail first', 'a', 'h3')])
    expect(skipped).toContainEqual(
      expect.objectContaining({rule: 'heading-order', blockKey: 'a', message: expect.stringContaining('use level 2')}),
    )
  })

  it.each([['click here'], ['Read more'], ['https://988lifeline.org']])('flags the link text "%s"', (text) => {
    expect(rulesOf([linked('For help, ', text, 'https://988lifeline.org')])).toContainEqual(
      expect.objectContaining({rule: 'link-text', excerpt: text}),
    )
  })

  it('accepts link text that names where it goes', () => {
    expect(
      rulesOf([linked('For help, see ', 'the 988 Lifeline’s chat page', 'https://988lifeline.org')]).filter(
        (f) => f.rule === 'link-text',
      ),
    ).toEqual([])
  })
})

describe('search basics and the preview', () => {
  it('warns past 60 characters of title and outside 70-160 of description', () => {
    const findings = rulesOf([], {seo: {title: 't'.repeat(61), description: 'Too short.'}})
    expect(findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['seo-title', 'seo-description']))
    expect(
      rulesOf([], {seo: {title: 'A fine title', description: 'd'.repeat(120)}}).filter((f) => f.rule.startsWith('seo')),
    ).toEqual([])
  })

  it('previews the result with the SEO fields, falling back to the title and excerpt', () => {
    const report = checkArticle({title: 'Grounding skills', excerpt: 'Five skills for hard moments.', body: []})
    expect(report.searchPreview).toEqual({title: 'Grounding skills', description: 'Five skills for hard moments.'})
  })
})

describe('plain language', () => {
  it('flags long sentences, passive voice, complex words and non-inclusive terms on the block they sit in', () => {
    const long =
      'When you arrive for the first session you will be welcomed by a counselor who will show you the room and the chairs and the coffee and the notes we share with every new member.'
    const findings = rulesOf([
      paragraph(long, 'long'),
      paragraph('The form was given to you. We utilize a crazy amount of paper.', 'style'),
    ])
    expect(findings).toContainEqual(expect.objectContaining({rule: 'long-sentence', blockKey: 'long'}))
    expect(findings).toContainEqual(
      expect.objectContaining({rule: 'passive-voice', excerpt: 'given', blockKey: 'style'}),
    )
    expect(findings).toContainEqual(
      expect.objectContaining({rule: 'complex-word', excerpt: 'utilize', message: expect.stringContaining('"use"')}),
    )
    expect(findings).toContainEqual(expect.objectContaining({rule: 'inclusive-language', excerpt: 'crazy'}))
    expect(findings.every((f) => f.severity === 'warning')).toBe(true)
  })
})
