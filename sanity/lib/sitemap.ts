import 'server-only'
import {read} from './read.ts'
import {sitemapModel, sitemapQuery, type SitemapContent} from './sitemap.queries.ts'
import {tags} from './tags.ts'

export async function getSitemapContent(): Promise<SitemapContent> {
  'use cache'
  const content = await read({
    query: sitemapQuery,
    tags: [tags.postList, tags.categories, tags.clinicians],
    onSchedule: true,
    publishedOnly: true,
    model: sitemapModel,
    what: 'sitemap',
  })
  return content ?? {posts: [], categories: [], clinicians: []}
}
