import {describe, expect, it} from '@jest/globals'
import {checkArticle} from '../../../lib/content-check/index.ts'
import {blockPlaces} from '../../../lib/content-check/places.ts'
import {formatReportTable} from '../../../lib/content-check/report-table.ts'
import {articleWith, paragraph} from './articles.ts'

describe('npm run content:check', () => {
  it('prints each finding under its article: what, where, the words, and errors first', () => {
    const article = articleWith([
      paragraph('After a loss', 'h', 'h2'),
      paragraph('Her brother committed suicide last spring, and the family is still finding its feet.', 'p1'),
    ])
    const output = formatReportTable([
      {id: 'post-a', title: article.title ?? '', report: checkArticle(article), places: blockPlaces(article)},
    ])
    const lines = output.split('\n')
    const start = lines.indexOf('Steadying yourself in a hard week')
    expect(start).toBeGreaterThan(0)
    const findings = lines.slice(start + 1)
    // An article that mentions suicide without 988 is an error; the stigmatizing phrase is named
    // with what to say instead, at its paragraph under its heading.
    expect(findings[0]).toMatch(/^ {2}ERROR {2}/)
    expect(output).toMatch(/ERROR.*988/)
    const phrase = findings.findIndex((line) => /committed suicide/i.test(line) && /died by suicide/i.test(line))
    expect(phrase).toBeGreaterThanOrEqual(0)
    expect(findings.slice(phrase + 1, phrase + 3).join('\n')).toContain(
      'where: the paragraph “Her brother committed suicide last spring,…”, under “After a loss”',
    )
    expect(output).toContain('1 of 1 articles have errors that block publishing')
  })
})
