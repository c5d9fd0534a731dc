import {describe, expect, it} from '@jest/globals'
import {routes} from '../../lib/routes.ts'
import {highlightParts, parseSearchInput, queryOfSegment, searchSegment, snippetAround} from '../../lib/search.ts'
import {pageCount, parsePageParam} from '../../lib/pagination.ts'

describe('parseSearchInput', () => {
  it('keeps letters and digits, lower-cased, as prefix terms', () => {
    expect(parseSearchInput('Group *therapy* "IOP"')).toEqual({
      kind: 'ok',
      query: 'Group *therapy* "IOP"',
      words: ['group', 'therapy', 'iop'],
      terms: ['group*', 'therapy*', 'iop*'],
    })
  })

  it('treats a blank or punctuation-only query as empty, and refuses one over 100 characters', () => {
    expect(parseSearchInput(undefined)).toEqual({kind: 'empty'})
    expect(parseSearchInput('   ')).toEqual({kind: 'empty'})
    expect(parseSearchInput('*** ]]')).toEqual({kind: 'empty'})
    expect(parseSearchInput('a'.repeat(101))).toMatchObject({kind: 'invalid', message: expect.stringMatching(/100/)})
  })

  it('takes the first of repeated parameters and caps the number of words', () => {
    expect(parseSearchInput(['sleep', 'group'])).toMatchObject({words: ['sleep']})
    const many = parseSearchInput('one two three four five six seven eight nine ten')
    expect(many.kind === 'ok' && many.terms).toHaveLength(8)
  })
})

describe("a search's page address", () => {
  it('carries any query there and back, slashes, percent signs and all', () => {
    for (const query of ['group therapy', 'a/b?c&d#e', '100%', 'café', '  ', '%E0%A4%A']) {
      const segment = searchSegment(query)
      expect({
        query,
        oneSegment: !segment.includes('/'),
        back: queryOfSegment(segment),
        proxyTarget: routes.searchResults(query),
      }).toEqual({query, oneSegment: true, back: query, proxyTarget: `${routes.search}/${segment}`})
    }
  })

  it('reads an escape that does not decode as the text it is, not as an error', () => {
    expect(queryOfSegment('%E0%A4%A')).toBe('%E0%A4%A')
  })
})

describe('highlighting', () => {
  it('marks words that start with a search word', () => {
    expect(highlightParts('Groups and grouping, not regroup', ['group'])).toEqual([
      {text: 'Groups', match: true},
      {text: ' and ', match: false},
      {text: 'grouping', match: true},
      {text: ', not regroup', match: false},
    ])
  })

  it('shows body text around the first match', () => {
    const text = `${'Filler words here. '.repeat(10)}Sleep matters in recovery. ${'More text. '.repeat(20)}`
    const snippet = snippetAround(text, ['sleep'])
    expect(snippet).toMatch(/^….*Sleep matters in recovery.*…$/)
    expect(snippetAround('Nothing relevant', ['sleep'])).toBeNull()
  })

  it('keeps a heading apart from the paragraph after it, and joins ended sentences with a space', () => {
    const body = 'A bridge, not a waiting room\n\nYou sleep at home.\n\nMost evenings are free.'
    expect(snippetAround(body, ['sleep'])).toBe(
      'A bridge, not a waiting room · You sleep at home. Most evenings are free.',
    )
  })
})

describe('page numbers', () => {
  it('accepts plain positive integers only', () => {
    expect(parsePageParam('2')).toBe(2)
    for (const bad of ['0', '02', '-1', '1.5', '2abc', '1e3', '', '99999', undefined]) {
      expect(parsePageParam(bad)).toBeNull()
    }
  })

  it('counts pages of twelve, at least one', () => {
    expect(pageCount(0)).toBe(1)
    expect(pageCount(12)).toBe(1)
    expect(pageCount(13)).toBe(2)
  })
})
