import 'server-only'
import {z} from 'zod'
import {fetchPublished} from './live.ts'
import {parseList, partOf} from './parse.ts'
import {sitemapQuery} from './queries.ts'
import {tags} from './tags.ts'

const entry = z.object({
  slug: z.string().min(1),
  publishedAt: z.string().nullish(),
  updatedAt: z.string().nullish(),
  _updatedAt: z.string().nullish(),
})

export type SitemapEntry = z.infer<typeof entry>
export type SitemapContent = {posts: SitemapEntry[]; categories: SitemapEntry[]; clinicians: SitemapEntry[]}

export async function getSitemapContent(): Promise<SitemapContent> {
  'use cache'
  const {data} = await fetchPublished({
    query: sitemapQuery,
    tags: [tags.postList, tags.categories, tags.clinicians, tags.goLive],
  })
  return {
    posts: parseList(entry, partOf(data, 'posts'), 'post'),
    categories: parseList(entry, partOf(data, 'categories'), 'category'),
    clinicians: parseList(entry, partOf(data, 'clinicians'), 'clinician'),
  }
}
