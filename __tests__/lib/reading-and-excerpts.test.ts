import {describe, expect, it} from '@jest/globals'
import {cutAtWord} from '../../lib/excerpt.ts'
import {readingMinutes} from '../../lib/reading-time.ts'

describe('readingMinutes', () => {
  it('estimates at 200 words a minute, never under a minute', () => {
    expect(readingMinutes(0)).toBe(1)
    expect(readingMinutes(500)).toBe(1)
    expect(readingMinutes(6 * 1000)).toBe(5)
    expect(readingMinutes(6 * 2100)).toBe(11)
    expect(readingMinutes(Number.NaN)).toBe(1)
  })
})

describe('cutAtWord', () => {
  it('keeps text that fits', () => {
    expect(cutAtWord('Short and sweet.', 40)).toBe('Short and sweet.')
  })

  it('cuts at the last whole word and adds an ellipsis', () => {
    expect(cutAtWord('In the realm of mental health treatment, programs stand as a bridge', 30)).toBe(
      'In the realm of mental health…',
    )
  })

  it('drops trailing punctuation before the ellipsis and folds whitespace', () => {
    expect(cutAtWord('One two,   three four five', 14)).toBe('One two, three…')
    expect(cutAtWord('Alpha beta, gamma', 11)).toBe('Alpha beta…')
  })

  it('cuts a single long word where it must', () => {
    expect(cutAtWord('Supercalifragilistic', 5)).toBe('Super…')
  })
})
