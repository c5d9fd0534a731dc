import type {MetadataRoute} from 'next'
import {absoluteUrl} from '../lib/seo.ts'
import {getSitemapContent} from '../sanity/lib/sitemap.ts'
import type {SitemapEntry} from '../sanity/lib/sitemap.queries.ts'
import {routes} from '../lib/routes.ts'

const STATIC_PATHS = [routes.home, routes.blog, routes.team]

function lastModified(entry: Partial<SitemapEntry>): string | undefined {
  return entry.updatedAt ?? entry._updatedAt ?? entry.publishedAt ?? undefined
}

// Prerendered and expired by its content's tags, like the feed (app/feed.xml/route.ts).
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const {posts, categories, clinicians} = await getSitemapContent()
  const newest = posts.map(lastModified).filter(Boolean).sort().at(-1)
  return [
    ...STATIC_PATHS.map((path) => ({url: absoluteUrl(path), ...(newest ? {lastModified: newest} : {})})),
    ...posts.map((post) => ({url: absoluteUrl(routes.post(post.slug)), lastModified: lastModified(post)})),
    ...categories.map((category) => ({
      url: absoluteUrl(routes.category(category.slug)),
      lastModified: lastModified(category),
    })),
    ...clinicians.map((clinician) => ({
      url: absoluteUrl(routes.clinician(clinician.slug)),
      lastModified: lastModified(clinician),
    })),
  ]
}
