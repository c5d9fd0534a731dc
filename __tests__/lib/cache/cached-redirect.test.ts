import {describe, expect, it} from '@jest/globals'
import {permanentRedirect, redirect} from 'next/navigation'
import {redirectInPayload, withRedirectLocation} from '../../../lib/cache/cached-redirect.ts'

// A page that rendered as a redirect keeps its Location in the cache (cached-redirect.ts). The
// digest is made by Next's public redirect functions, so a Next that writes it differently fails
// here, not in front of visitors.
function digestOf(throwRedirect: () => never): string {
  try {
    throwRedirect()
  } catch (error) {
    return (error as {digest: string}).digest
  }
  throw new Error('it did not throw')
}

const page = (digest: string, headers: Record<string, unknown> = {}) => ({
  kind: 'APP_PAGE',
  status: 308,
  headers,
  rscData: Buffer.from(`0:{"a":1}\n1:E{"digest":"${digest}"}\n`),
})

describe('a redirect in a cached page', () => {
  it('is read from the payload Next renders for permanentRedirect() and redirect()', () => {
    expect(redirectInPayload(`x${digestOf(() => permanentRedirect('/blog/new-name'))}x`)).toBe('/blog/new-name')
    expect(redirectInPayload(digestOf(() => redirect('/team/maya')))).toBe('/team/maya')
    expect(redirectInPayload('an ordinary page')).toBeNull()
  })

  it('gets its Location back; a page with one, or not a redirect, is left as it is', () => {
    const digest = digestOf(() => permanentRedirect('/blog/new-name'))
    expect(withRedirectLocation(page(digest, {'x-next-cache-tags': 'moved'})).headers).toEqual({
      'x-next-cache-tags': 'moved',
      location: '/blog/new-name',
    })
    const withOne = page(digest, {location: '/elsewhere'})
    expect(withRedirectLocation(withOne)).toBe(withOne)
    const ordinary = {...page(digest), status: 200}
    expect(withRedirectLocation(ordinary)).toBe(ordinary)
    expect(withRedirectLocation(null)).toBeNull()
  })
})
