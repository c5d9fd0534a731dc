import {describe, expect, it} from '@jest/globals'
import {chainProblem, fromProblem, normalizePath, toProblem} from '../../lib/redirect-rules.ts'

describe('normalizePath', () => {
  it('reads trailing slashes, case and percent-encoding as one address', () => {
    const one = ['/bipoc', '/bipoc/', '/BIPOC', '/Bipoc//', '/%62ipoc']
    expect(new Set(one.map(normalizePath))).toEqual(new Set(['/bipoc']))
    expect(normalizePath('/café')).toBe(normalizePath('/caf%C3%A9'))
    expect(normalizePath('/caf%c3%a9')).toBe('/caf%C3%A9')
  })

  it('refuses what is not a path', () => {
    for (const bad of ['bipoc', '//evil.example', '/a b', '/a?b=1', '/a#b', '/%ff', '/a/../b', '']) {
      expect({bad, path: normalizePath(bad)}).toEqual({bad, path: null})
    }
  })
})

describe('from and to', () => {
  it('a short address outside the site’s sections is fine; the sections, files and home are not', () => {
    expect(fromProblem('/bipoc')).toBeNull()
    expect(fromProblem('/Workshop-2026/')).toBeNull()
    expect(fromProblem('/')).toMatch(/home page/)
    expect(fromProblem('/blog/some-old-post')).toMatch(/\/blog and the addresses under it/)
    expect(fromProblem('/groups')).toMatch(/\/groups/)
    expect(fromProblem('/feed.xml')).toMatch(/site's own files/)
    expect(fromProblem('bipoc')).toMatch(/starts with “\/”/)
  })

  it('a target is a site path or an https address', () => {
    expect(toProblem('/services/bipoc-group-therapy')).toBeNull()
    expect(toProblem('https://example.org/flyer')).toBeNull()
    expect(toProblem('http://example.org/flyer')).toMatch(/https/)
    expect(toProblem('https://')).toMatch(/not a complete web address/)
    expect(toProblem('example.org')).toMatch(/starts with “\/”/)
  })
})

describe('loops and chains', () => {
  const existing = [
    {from: '/bipoc', to: '/services/bipoc-group-therapy'},
    {from: '/flyer', to: '/bipoc/'},
  ]

  it('a redirect to itself, in any spelling, is a loop', () => {
    expect(chainProblem({from: '/a', to: '/A/'}, [])).toMatch(/same address/)
  })

  it('pointing at a redirected address is a chain, naming the end to point at', () => {
    expect(chainProblem({from: '/new', to: '/BIPOC'}, existing)).toMatch(
      /\/bipoc is itself redirected, to \/services\/bipoc-group-therapy/,
    )
  })

  it('closing a circle is a loop', () => {
    expect(
      chainProblem({from: '/services-old', to: '/flyer'}, [...existing, {from: '/bipoc', to: '/services-old'}]),
    ).toMatch(/loop/)
    expect(chainProblem({from: '/x', to: '/y'}, [{from: '/y', to: '/x'}])).toMatch(/loop/)
  })

  it('starting where another redirect points is a chain too', () => {
    expect(chainProblem({from: '/services/old', to: '/contact'}, [{from: '/old', to: '/services/old/'}])).toMatch(
      /\/old already redirects here/,
    )
  })

  it('the document itself, and an address elsewhere, are not a chain', () => {
    expect(chainProblem({from: '/bipoc', to: '/groups'}, existing.slice(0, 1))).toBeNull()
    expect(chainProblem({from: '/flyer', to: 'https://example.org/bipoc'}, existing)).toBeNull()
  })
})
