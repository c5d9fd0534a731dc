import {describe, expect, it} from '@jest/globals'
import {safeHref} from '../../lib/links.ts'

describe('safeHref', () => {
  it('allows http, https, mailto, tel and site paths', () => {
    for (const href of ['https://988lifeline.org', 'http://example.org', 'mailto:a@b.example', 'tel:988', '/contact']) {
      expect(safeHref(href)).toBe(href)
    }
  })

  it('refuses every other scheme, protocol-relative URLs and junk', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'data:text/html,x',
      '//evil.example',
      'vbscript:x',
      '',
      42,
      null,
    ]) {
      expect(safeHref(href)).toBeNull()
    }
  })
})
