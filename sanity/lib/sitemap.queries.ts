import {defineQuery} from 'groq'
import {z} from 'zod'
import type {Drift, NoDrift} from './drift.ts'
import {inThisCategory, listedPost} from './groq-fragments.ts'
import {listOf} from './parse.ts'
import type {SitemapQueryResult} from '../types.ts'

// What app/sitemap.ts lists: every page a search engine may index, with its last change;
// sitemap.ts holds the cached function.

export const sitemapQuery = defineQuery(`{
  "posts": *[${listedPost} && seo.noindex != true] | order(publishedAt desc) {"slug": slug.current, publishedAt, updatedAt, _updatedAt},
  "categories": *[_type == "category" && defined(slug.current) && count(*[${listedPost} && ${inThisCategory}]) > 0] {"slug": slug.current, _updatedAt},
  "clinicians": *[_type == "clinician" && defined(slug.current)] {"slug": slug.current, _updatedAt}
}`)

const entry = z.object({
  slug: z.string().min(1),
  publishedAt: z.string().nullish(),
  updatedAt: z.string().nullish(),
  _updatedAt: z.string().nullish(),
})

export const sitemapModel = z.object({
  posts: listOf(entry, 'post'),
  categories: listOf(entry.omit({publishedAt: true, updatedAt: true}), 'category'),
  clinicians: listOf(entry.omit({publishedAt: true, updatedAt: true}), 'clinician'),
})

export type SitemapEntry = z.infer<typeof entry>
export type SitemapContent = z.infer<typeof sitemapModel>

// Compile-time: the model reads exactly what the query returns (see drift.ts).
export type SitemapModelFitsItsQuery = NoDrift<Drift<SitemapQueryResult, typeof sitemapModel>>
