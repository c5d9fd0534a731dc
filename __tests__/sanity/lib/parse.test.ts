import {afterEach, describe, expect, it, jest} from '@jest/globals'
import {postCardModel} from '../../../sanity/lib/models.ts'
import {parseList, parseOne} from '../../../sanity/lib/parse.ts'

const good = {_id: 'post-good', title: 'Good', slug: 'good', publishedAt: '2026-01-01T00:00:00Z', textLength: 2400}

afterEach(() => {
  jest.restoreAllMocks()
})

describe('read models', () => {
  it('skips documents that do not fit, and logs them by _id', () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const posts = parseList(
      postCardModel,
      [good, {_id: 'post-untitled', slug: 'x', publishedAt: '2026-01-01T00:00:00Z'}],
      'post',
    )
    expect(posts.map((post) => post._id)).toEqual(['post-good'])
    expect(log).toHaveBeenCalledWith(expect.stringContaining('post-untitled'))
  })

  it('treats a main document that does not fit as missing', () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(parseOne(postCardModel, {_id: 'post-bad', title: 'No date', slug: 'x'}, 'post')).toBeNull()
    expect(parseOne(postCardModel, null, 'post')).toBeNull()
  })

  it('degrades a broken image, author or category instead of dropping the post', () => {
    const [post] = parseList(
      postCardModel,
      [
        {
          ...good,
          mainImage: {url: 'not a url'},
          author: {name: 'No slug'},
          categories: [null, {title: 'Kept', slug: 'kept'}],
        },
      ],
      'post',
    )
    expect(post).toMatchObject({
      mainImage: null,
      author: null,
      categories: [{title: 'Kept', slug: 'kept'}],
      readingMinutes: 2,
    })
  })

  it('answers an empty list for a result that is not a list', () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(parseList(postCardModel, null, 'post')).toEqual([])
  })
})
