import {describe, expect, it} from '@jest/globals'
import {documentTitle, pageMetadata} from '../../lib/seo.ts'

describe('page titles', () => {
  it('adds the practice name when the whole stays under 60 characters', () => {
    expect(documentTitle('Articles')).toBe('Articles | Resilient Mind Counseling')
  })

  it('drops the suffix, then cuts at a word, to stay under 60', () => {
    expect(documentTitle('Why a BIPOC Group Matters for Collective Healing')).toBe(
      'Why a BIPOC Group Matters for Collective Healing',
    )
    const long = documentTitle('The Role of Group Therapy in Intensive Outpatient Programs and Beyond, Explained')
    expect(long.length).toBeLessThan(60)
    expect(long.endsWith('…')).toBe(true)
  })
})

describe('pageMetadata', () => {
  it('sets a canonical URL, Open Graph and Twitter tags, and a description of at most 160 characters', () => {
    const meta = pageMetadata({title: 'Articles', description: 'x '.repeat(200), path: '/blog'})
    expect(meta.alternates?.canonical).toBe('http://localhost:3000/blog')
    expect(meta.openGraph).toMatchObject({url: 'http://localhost:3000/blog', siteName: 'Resilient Mind Counseling'})
    expect(meta.twitter).toMatchObject({card: 'summary_large_image'})
    expect(String(meta.description).length).toBeLessThanOrEqual(161)
  })

  it('falls back to the practice description and can ask search engines not to index', () => {
    const meta = pageMetadata({title: 'Search', path: '/search', noindex: true})
    expect(meta.description).toMatch(/Intensive Outpatient Program/)
    expect(meta.robots).toEqual({index: false, follow: true})
  })
})
