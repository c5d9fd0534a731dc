import {describe, expect, it} from '@jest/globals'
import {pageWindow} from '../../lib/pagination.ts'

describe('the page numbers a list shows', () => {
  it('lists every page when there are few', () => {
    expect(pageWindow(1, 1)).toEqual([1])
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5])
  })

  it('shows the first, the last and the neighbours of the current page, with gaps', () => {
    expect(pageWindow(1, 834)).toEqual([1, 2, 3, 'gap', 834])
    expect(pageWindow(400, 834)).toEqual([1, 'gap', 398, 399, 400, 401, 402, 'gap', 834])
    expect(pageWindow(834, 834)).toEqual([1, 'gap', 832, 833, 834])
  })

  it('fills a gap of one page with the page itself', () => {
    expect(pageWindow(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 10])
  })

  it('stays short however many pages there are', () => {
    for (const count of [10, 100, 10_000]) {
      for (const page of [1, Math.ceil(count / 2), count]) expect(pageWindow(page, count).length).toBeLessThanOrEqual(9)
    }
  })
})
