import {Feed} from 'feed'
import {absoluteUrl, DEFAULT_DESCRIPTION} from './seo.ts'
import {SITE_NAME} from './site.ts'
import {routes} from './routes.ts'

export type FeedEntry = {
  title: string
  slug: string
  excerpt?: string | null
  publishedAt: string
  updatedAt?: string | null
  author?: {name: string; slug: string} | null
  categories: {title: string}[]
}

/** RSS 2.0 for the newest articles, with absolute links from NEXT_PUBLIC_SITE_URL. */
export function buildRssFeed(entries: FeedEntry[]): string {
  const feed = new Feed({
    title: `${SITE_NAME}: articles`,
    description: DEFAULT_DESCRIPTION,
    id: absoluteUrl(routes.blog),
    link: absoluteUrl(routes.blog),
    language: 'en',
    copyright: `© ${SITE_NAME}`,
    updated: entries[0] ? new Date(entries[0].updatedAt ?? entries[0].publishedAt) : new Date(0),
    generator: SITE_NAME,
    feedLinks: {rss: absoluteUrl(routes.feed)},
  })
  for (const entry of entries) {
    const link = absoluteUrl(routes.post(entry.slug))
    feed.addItem({
      title: entry.title,
      id: link,
      link,
      description: entry.excerpt ?? undefined,
      date: new Date(entry.publishedAt),
      published: new Date(entry.publishedAt),
      author: entry.author
        ? [{name: entry.author.name, link: absoluteUrl(routes.clinician(entry.author.slug))}]
        : undefined,
      category: entry.categories.map((category) => ({name: category.title})),
    })
  }
  return feed.rss2()
}
