import {describe, expect, it} from '@jest/globals'
import {buildRssFeed} from '../../lib/rss.ts'

describe('buildRssFeed', () => {
  const xml = buildRssFeed([
    {
      title: 'Newest & best',
      slug: 'newest',
      excerpt: 'Fresh <words>',
      publishedAt: '2026-10-20T13:00:00Z',
      author: {name: 'Andre Whitaker', slug: 'andre-whitaker'},
      categories: [{title: 'Recovery'}],
    },
    {title: 'Older', slug: 'older', publishedAt: '2026-03-10T14:00:00Z', categories: []},
  ])

  it('is RSS 2.0 with one item per article, in order', () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<rss version="2.0"/)
    const titles = [...xml.matchAll(/<item>[\s\S]*?<title><!\[CDATA\[(.*?)\]\]><\/title>/g)].map((m) => m[1])
    expect(titles).toEqual(['Newest & best', 'Older'])
  })

  it('links each item absolutely, with its publish date', () => {
    expect(xml).toContain('<link>http://localhost:3000/blog/newest</link>')
    expect(xml).toContain('<pubDate>Tue, 20 Oct 2026 13:00:00 GMT</pubDate>')
    expect(xml).toContain('<category>Recovery</category>')
  })

  it('keeps content from breaking the XML', () => {
    expect(xml).toContain('<description><![CDATA[Fresh <words>]]></description>')
    expect(xml.match(/<item>/g)).toHaveLength(2)
  })
})
