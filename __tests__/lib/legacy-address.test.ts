import {describe, expect, it} from '@jest/globals'
import {legacyAddress} from '../../lib/legacy-address.ts'

const at = (url: string) => {
  const parsed = new URL(url, 'http://site.test')
  return legacyAddress(parsed.pathname, parsed.searchParams)
}

describe('old WordPress addresses', () => {
  it('recognises /{slug}, /?p={id}, /category/{slug} and /tag/{slug}', () => {
    expect(at('/first-week-of-group')).toEqual({kind: 'post-slug', key: 'first-week-of-group'})
    expect(at('/caf%C3%A9-y-comunidad')).toEqual({kind: 'post-slug', key: 'café-y-comunidad'})
    expect(at('/?p=102')).toEqual({kind: 'post-id', id: 102})
    expect(at('/category/family-and-loved-ones')).toEqual({kind: 'category', key: 'family-and-loved-ones'})
    expect(at('/tag/sleep')).toEqual({kind: 'category', key: 'sleep'})
  })

  it('leaves this site’s own routes, files and malformed input alone', () => {
    for (const url of [
      '/',
      '/blog',
      '/contact',
      '/robots.txt',
      '/feed.xml',
      '/?p=abc',
      '/?p=0',
      '/?p=99999999999999',
      '/%E0%A4%A',
      `/${'x'.repeat(201)}`,
      '/a/b',
    ]) {
      expect({url, address: at(url)}).toEqual({url, address: null})
    }
  })
})
