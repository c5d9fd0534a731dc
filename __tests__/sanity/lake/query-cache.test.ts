import {describe, expect, it} from '@jest/globals'
import {cacheKey, cachedResult, queryTime} from '../../../sanity/lake/query-cache.ts'

describe('the lake’s query cache', () => {
  it('answers a repeated query from the same snapshot once, and asks again for a new snapshot', async () => {
    let runs = 0
    const compute = async () => ++runs
    const first = [{}]
    const key = cacheKey('published', '*[_type == "post"]', {})
    expect(await cachedResult(first, key, compute)).toBe(1)
    expect(await cachedResult(first, key, compute)).toBe(1)
    // A commit hands out a new snapshot array.
    expect(await cachedResult([{}], key, compute)).toBe(2)
  })

  it('keeps queries that read now() for the current second only', () => {
    const query = '*[publishedAt <= now()]'
    expect(cacheKey('published', query, {}, 10_000)).toBe(cacheKey('published', query, {}, 10_999))
    expect(cacheKey('published', query, {}, 10_000)).not.toBe(cacheKey('published', query, {}, 11_000))
    expect(cacheKey('published', '*[_type == "post"]', {}, 10_000)).toBe(
      cacheKey('published', '*[_type == "post"]', {}, 99_000),
    )
  })

  it('answers now() as the start of the second, so a computed and a remembered answer agree', () => {
    expect(queryTime(10_000).getTime()).toBe(10_000)
    expect(queryTime(10_999).getTime()).toBe(10_000)
    expect(queryTime(11_000).getTime()).toBe(11_000)
  })

  it('tells perspectives and parameters apart, and forgets a failed query', async () => {
    expect(cacheKey('published', 'q', {a: 1})).not.toBe(cacheKey('drafts', 'q', {a: 1}))
    expect(cacheKey('published', 'q', {a: 1})).not.toBe(cacheKey('published', 'q', {a: 2}))
    const snapshot = [{}]
    await expect(cachedResult(snapshot, 'k', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    expect(await cachedResult(snapshot, 'k', async () => 'second try')).toBe('second try')
  })
})
