import {describe, expect, it} from '@jest/globals'
import {blogPostingJsonLd, breadcrumbJsonLd, personJsonLd, serializeJsonLd} from '../../lib/json-ld.ts'

describe('JSON-LD', () => {
  it('describes an article as a BlogPosting with its author as a Person', () => {
    const data = blogPostingJsonLd({
      title: 'A title',
      slug: 'a-title',
      excerpt: 'An excerpt',
      publishedAt: '2026-03-10T14:00:00Z',
      updatedAt: '2026-09-02T15:30:00Z',
      image: 'https://cdn.example/image.jpg',
      author: {name: 'Maya Ellison', slug: 'maya-ellison'},
    })
    expect(data).toMatchObject({
      '@type': 'BlogPosting',
      headline: 'A title',
      datePublished: '2026-03-10T14:00:00Z',
      dateModified: '2026-09-02T15:30:00Z',
      image: ['https://cdn.example/image.jpg'],
      author: {'@type': 'Person', name: 'Maya Ellison', url: 'http://localhost:3000/team/maya-ellison'},
    })
  })

  it('describes a clinician with their credentials', () => {
    const data = personJsonLd({
      name: 'Jordan Reyes',
      slug: 'jordan-reyes',
      credentials: ['LCMHCA'],
      licenseNumber: 'A-1',
    })
    expect(data.hasCredential).toEqual([
      {'@type': 'EducationalOccupationalCredential', credentialCategory: 'license', name: 'LCMHCA', identifier: 'A-1'},
    ])
  })

  it('numbers breadcrumbs from one with absolute URLs', () => {
    const data = breadcrumbJsonLd([
      {name: 'Home', path: '/'},
      {name: 'Articles', path: '/blog'},
    ])
    expect(data.itemListElement).toEqual([
      {'@type': 'ListItem', position: 1, name: 'Home', item: 'http://localhost:3000/'},
      {'@type': 'ListItem', position: 2, name: 'Articles', item: 'http://localhost:3000/blog'},
    ])
  })

  it('serialises to valid JSON that no content can break out of the script element with', () => {
    const hostile = blogPostingJsonLd({
      title: '</script><script>alert(1)</script> & <!--',
      slug: 'x',
      publishedAt: '2026-01-01T00:00:00Z',
    })
    const text = serializeJsonLd(hostile)
    expect(text).not.toMatch(/<|>/)
    expect(text).not.toContain('&')
    expect(JSON.parse(text).headline).toBe('</script><script>alert(1)</script> & <!--')
  })
})
