import {describe, expect, it} from '@jest/globals'
import {fleschKincaid} from 'flesch-kincaid'
import {checkArticle} from '../../../lib/content-check/index.ts'
import {countProse} from '../../../lib/content-check/readability.ts'
import {parseProse} from '../../../lib/content-check/retext.ts'
import {articleWith, paragraph} from './articles.ts'

// Two paragraphs written for this test, counted by hand (sentences, words, syllables) and
// worked through the Flesch-Kincaid formula on paper: the check's own counting must land
// within one grade of that.
const FIFTH_GRADE = {
  text: 'Group therapy means you meet each week with a few people and a counselor. Everyone in the room is working on something hard, so you do not have to explain yourself. You can listen for as long as you need before you decide to share.',
  byHand: {sentence: 3, word: 45, syllable: 59},
}
const TWELFTH_GRADE = {
  text: 'Our intensive outpatient program offers structured group therapy for adults whose symptoms need more support than a weekly appointment can provide. Participants attend three mornings each week, which allows most of them to continue working and caring for their families during treatment.',
  byHand: {sentence: 2, word: 42, syllable: 72},
}

describe('reading grade', () => {
  it.each([
    ['fifth', FIFTH_GRADE, 5],
    ['twelfth', TWELFTH_GRADE, 12],
  ])('grades the %s-grade paragraph within one grade of the hand-worked formula', (_name, sample, grade) => {
    const byHand = fleschKincaid(sample.byHand)
    expect(Math.floor(byHand)).toBe(grade)
    const counted = checkArticle(articleWith([paragraph(sample.text)])).grades
    expect(counted?.fleschKincaid).toBeGreaterThanOrEqual(byHand - 1)
    expect(counted?.fleschKincaid).toBeLessThanOrEqual(byHand + 1)
  })

  it('puts the two paragraphs in the right order by both formulas', () => {
    const easy = checkArticle(articleWith([paragraph(FIFTH_GRADE.text)])).grades
    const hard = checkArticle(articleWith([paragraph(TWELFTH_GRADE.text)])).grades
    expect(hard!.fleschKincaid - easy!.fleschKincaid).toBeGreaterThan(4)
    expect(hard!.colemanLiau - easy!.colemanLiau).toBeGreaterThan(4)
  })

  it('counts sentences and words on retext boundaries, and numbers as words', () => {
    expect(countProse(parseProse('Text 988 at any hour. Help is there.').tree)).toMatchObject({sentence: 2, word: 8})
  })

  it('grades the whole article from all its paragraphs, lists the hard one among the hardest, and warns above grade 9 only', () => {
    const gradeOf = (...texts: string[]) => checkArticle(articleWith(texts.map((text, i) => paragraph(text, `p${i}`))))
    const both = gradeOf(FIFTH_GRADE.text, TWELFTH_GRADE.text)
    expect(both.hardestParagraphs.map((p) => p.blockKey)).toEqual(['p1'])
    expect(both.grades!.fleschKincaid).toBeGreaterThan(gradeOf(FIFTH_GRADE.text).grades!.fleschKincaid)
    expect(both.grades!.fleschKincaid).toBeLessThan(gradeOf(TWELFTH_GRADE.text).grades!.fleschKincaid)
    const gradeWarnings = (report: ReturnType<typeof gradeOf>) =>
      report.findings.filter((f) => f.rule === 'article-grade').length
    expect([gradeWarnings(gradeOf(FIFTH_GRADE.text)), gradeWarnings(gradeOf(TWELFTH_GRADE.text))]).toEqual([0, 1])
  })
})
