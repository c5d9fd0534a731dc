import {describe, expect, it} from '@jest/globals'
import {checkArticle, hasErrors} from '../../../lib/content-check/index.ts'
import {METHOD_TERMS, STIGMATIZING_PHRASES} from '../../../lib/content-check/safe-messaging.ts'
import {articleWith, paragraph, type Block} from './articles.ts'

const MENTION = 'Some readers have thoughts of suicide, and those thoughts deserve care.'
const crisisBlock: Block = {_type: 'crisisResources', _key: 'crisis'}
const rules = (text: string, extra: Block[] = [crisisBlock]) =>
  checkArticle(articleWith([paragraph(text), ...extra])).findings

describe('safe messaging about suicide', () => {
  it.each(STIGMATIZING_PHRASES.map((entry) => [entry.phrase, entry] as const))(
    'flags "%s" with its alternative',
    (phrase, {instead}) => {
      const found = rules(`${MENTION} The story said she ${phrase} last spring.`).filter(
        (f) => f.rule === 'stigmatizing-phrase',
      )
      expect(found).toContainEqual(
        expect.objectContaining({
          severity: 'warning',
          excerpt: phrase,
          blockKey: 'p1',
          message: expect.stringContaining(`"${instead}"`),
        }),
      )
    },
  )

  it('finds a phrase whatever its case or line break', () => {
    expect(rules(`${MENTION} He Committed\nSuicide.`).map((f) => f.rule)).toContain('stigmatizing-phrase')
  })

  it.each(METHOD_TERMS.map((term) => [term]))('tells the author to leave out the method "%s"', (term) => {
    const found = rules(`${MENTION} It involved ${term}.`).filter((f) => f.rule === 'method-detail')
    expect(found).toContainEqual(
      expect.objectContaining({severity: 'warning', message: expect.stringContaining('leave out methods')}),
    )
  })

  it('blocks publishing until the article carries a crisis resource: the block, or 988 in the text', () => {
    const without = checkArticle(articleWith([paragraph(MENTION)]))
    expect(without.findings).toContainEqual(expect.objectContaining({rule: 'crisis-resource', severity: 'error'}))
    expect(hasErrors(without)).toBe(true)
    expect(hasErrors(checkArticle(articleWith([paragraph(MENTION), crisisBlock])))).toBe(false)
    expect(hasErrors(checkArticle(articleWith([paragraph(`${MENTION} Call or text 988 at any hour.`)])))).toBe(false)
    // A callout that names 988 counts too: it is text the reader sees.
    expect(
      hasErrors(
        checkArticle(articleWith([paragraph(MENTION), {_type: 'callout', _key: 'c', text: 'Text 988 any time.'}])),
      ),
    ).toBe(false)
  })

  it('counts self-harm as the same topic, and a mention in the title', () => {
    expect(rules('Self-harm is often a way to cope with pain.', []).map((f) => f.rule)).toContain('crisis-resource')
    expect(
      checkArticle(
        articleWith([paragraph('A calm paragraph.')], {title: 'Talking about suicide with a teenager'}),
      ).findings.map((f) => f.rule),
    ).toContain('crisis-resource')
  })

  it('leaves articles that do not touch on the topic alone, even with words from the lists', () => {
    const report = checkArticle(
      articleWith([
        paragraph('We worry less about pills and more about habits. Cutting back on caffeine helps sleep.'),
      ]),
    )
    expect(report.mentionsSuicide).toBe(false)
    expect(
      report.findings.filter((f) => ['crisis-resource', 'method-detail', 'stigmatizing-phrase'].includes(f.rule)),
    ).toEqual([])
  })
})
