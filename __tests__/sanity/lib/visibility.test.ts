import {afterAll, beforeAll, beforeEach, describe, expect, it} from '@jest/globals'
import {startTestLake, TEST_TOKEN, type TestLake} from '../../helpers/lake.ts'
import {runOutsideNext} from '../../helpers/next-runtime.ts'

// The gateway functions run once each, uncached; draft mode is whatever each test sets.
let draftModeEnabled = false
runOutsideNext(() => draftModeEnabled)

const FUTURE = 'scheduled-for-next-year'
const DRAFT = 'only-a-draft'
const LIVE = 'live-sibling'
const UNLISTED = 'for-current-clients'
const NOINDEX = 'kept-from-search-engines'

let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
  process.env.LAKE_PORT = String(t.lake.port)
  // Draft mode reads drafts with the lake's token, as the read token does against Sanity.
  process.env.LAKE_TOKEN = TEST_TOKEN
  const post = (slug: string, publishedAt: string) => ({
    _type: 'post',
    title: `Sleep and groups ${slug}`,
    slug: {_type: 'slug', current: slug},
    excerpt: 'Sleep and group therapy together.',
    publishedAt,
    author: {_type: 'reference', _ref: 'clinician-jordan-reyes'},
    categories: [{_type: 'reference', _ref: 'category-coping-skills', _key: 'c0'}],
    body: [
      {
        _type: 'block',
        _key: 'b',
        style: 'normal',
        markDefs: [],
        children: [{_type: 'span', _key: 's', text: 'Sleep matters.', marks: []}],
      },
    ],
  })
  const nextYear = new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString()
  await t.client
    .transaction()
    .create({_id: `post-${FUTURE}`, ...post(FUTURE, nextYear)})
    .create({_id: `drafts.post-${DRAFT}`, ...post(DRAFT, '2026-01-03T00:00:00Z')})
    .create({_id: `post-${LIVE}`, ...post(LIVE, '2026-01-02T00:00:00Z')})
    .create({_id: `post-${UNLISTED}`, ...post(UNLISTED, '2026-01-02T00:00:00Z'), hideFromLists: true})
    .create({_id: `post-${NOINDEX}`, ...post(NOINDEX, '2026-01-02T00:00:00Z'), seo: {noindex: true}})
    .commit()
})
afterAll(() => t.stop())

/** The slugs each surface shows, read through the gateway as its page would (modules load after the lake's port is set). */
async function slugsBySurface(): Promise<Record<string, string[]>> {
  const posts = await import('../../../sanity/lib/posts.ts')
  const {getCategoryPage} = await import('../../../sanity/lib/categories.ts')
  const {getClinician} = await import('../../../sanity/lib/clinicians.ts')
  const {getSitemapContent} = await import('../../../sanity/lib/sitemap.ts')
  return {
    home: (await posts.getLatestPosts(50)).map((p) => p.slug),
    index: (await posts.getPostsPage(1)).posts.map((p) => p.slug),
    category: (await getCategoryPage('coping-skills', 1))?.posts.map((p) => p.slug) ?? [],
    search: (await posts.searchPosts({terms: ['sleep*'], words: ['sleep']})).map((p) => p.slug),
    related: (
      await posts.getRelatedPosts({
        _id: 'post-grounding-skills-for-hard-moments',
        categoryIds: ['category-coping-skills'],
      })
    ).map((p) => p.slug),
    feed: (await posts.getFeedPosts(20)).map((p) => p.slug),
    sitemap: (await getSitemapContent()).posts.map((p) => p.slug),
    clinician: (await getClinician('jordan-reyes'))?.posts.map((p) => p.slug) ?? [],
    prerendered: await posts.getPostSlugsToPrerender(),
  }
}

describe('drafts and scheduled posts on visitor surfaces', () => {
  const hidden = [FUTURE, DRAFT]
  beforeEach(() => {
    draftModeEnabled = false
  })

  it('stay off every surface, while a live post with the same words is on them', async () => {
    const posts = await import('../../../sanity/lib/posts.ts')
    const live = await posts.getPost(LIVE)
    if (!live) throw new Error('the live post should be visible')
    const surfaces = await slugsBySurface()
    for (const [surface, slugs] of Object.entries(surfaces)) {
      expect({surface, hidden: slugs.filter((slug) => hidden.includes(slug))}).toEqual({surface, hidden: []})
      expect({surface, showsLive: slugs.includes(LIVE)}).toEqual({surface, showsLive: true})
    }
    // Imported here, after the lake's port is set: lib/env reads it when first loaded.
    const {buildRssFeed} = await import('../../../lib/rss.ts')
    expect(buildRssFeed(await posts.getFeedPosts(20))).not.toContain(FUTURE)
  })

  it('have no article page', async () => {
    const {getPost} = await import('../../../sanity/lib/posts.ts')
    for (const slug of hidden) expect(await getPost(slug)).toBeNull()
  })
})

describe('the visibility toggles', () => {
  beforeEach(() => {
    draftModeEnabled = false
  })

  it('hidden from lists: on no list, count, feed, search or sitemap, and its page works', async () => {
    const {getPost} = await import('../../../sanity/lib/posts.ts')
    expect((await getPost(UNLISTED))?.slug).toBe(UNLISTED)
    const surfaces = await slugsBySurface()
    for (const [surface, slugs] of Object.entries(surfaces)) {
      if (surface === 'prerendered') continue
      expect({surface, listed: slugs.includes(UNLISTED)}).toEqual({surface, listed: false})
    }
    const {getCategories} = await import('../../../sanity/lib/categories.ts')
    const {getCategoryPage} = await import('../../../sanity/lib/categories.ts')
    const coping = (await getCategories()).find((category) => category.slug === 'coping-skills')
    expect(coping?.postCount).toBe((await getCategoryPage('coping-skills', 1))?.total)
  })

  it('hidden from search engines: left out of the sitemap only, and its page says noindex', async () => {
    const {getPost} = await import('../../../sanity/lib/posts.ts')
    expect((await getPost(NOINDEX))?.seo?.noindex).toBe(true)
    const surfaces = await slugsBySurface()
    for (const [surface, slugs] of Object.entries(surfaces)) {
      if (surface === 'related') continue
      expect({surface, listed: slugs.includes(NOINDEX)}).toEqual({surface, listed: surface !== 'sitemap'})
    }
  })
})

describe('in draft mode', () => {
  beforeEach(() => {
    draftModeEnabled = true
  })

  it('an editor sees drafts and scheduled posts on the article, list and category surfaces', async () => {
    const {getPost} = await import('../../../sanity/lib/posts.ts')
    for (const slug of [FUTURE, DRAFT]) expect((await getPost(slug))?.slug).toBe(slug)
    const surfaces = await slugsBySurface()
    for (const surface of ['home', 'index', 'category', 'clinician']) {
      expect({surface, slugs: surfaces[surface]}).toEqual({surface, slugs: expect.arrayContaining([FUTURE, DRAFT])})
    }
  })

  it('the feed, the sitemap and the prerendered slugs still list only live posts', async () => {
    const surfaces = await slugsBySurface()
    for (const surface of ['feed', 'sitemap', 'prerendered']) {
      expect({surface, slugs: surfaces[surface].filter((slug) => [FUTURE, DRAFT].includes(slug))}).toEqual({
        surface,
        slugs: [],
      })
    }
  })
})
