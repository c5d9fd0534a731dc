import type {MetadataRoute} from 'next'
import {absoluteUrl} from '../lib/seo.ts'
import {getSitemapContent} from '../sanity/lib/sitemap.ts'
import type {SitemapEntry} from '../sanity/lib/sitemap.queries.ts'
import {routes} from '../lib/routes.ts'
import {services} from '../lib/services/index.ts'

// Pages that list posts change when a post does.
const LISTS = [routes.home, routes.blog, routes.team]
// The practice's own pages, which people search for ("intensive outpatient Asheville"); their
// text is in the code, so they carry no date. Left out: search, the form's thanks and the
// Notice of Privacy Practices, which ask not to be indexed.
const PRACTICE_PAGES = [
  routes.services,
  ...services.map((service) => routes.service(service.slug)),
  routes.groups,
  routes.contact,
  routes.insuranceAndFees,
  routes.crisis,
  routes.privacy,
]

function lastModified(entry: Partial<SitemapEntry>): string | undefined {
  return entry.updatedAt ?? entry._updatedAt ?? entry.publishedAt ?? undefined
}

// Prerendered and expired by its content's tags, like the feed (app/feed.xml/route.ts).
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const {posts, categories, clinicians} = await getSitemapContent()
  const newest = posts.map(lastModified).filter(Boolean).sort().at(-1)
  return [
    ...LISTS.map((path) => ({url: absoluteUrl(path), ...(newest ? {lastModified: newest} : {})})),
    ...PRACTICE_PAGES.map((path) => ({url: absoluteUrl(path)})),
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
