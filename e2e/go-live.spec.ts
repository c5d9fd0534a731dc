import {expect, test, type APIRequestContext} from '@playwright/test'
import {asksNotToBeIndexed} from './indexing.ts'
import {lakeClient} from './lake.ts'
import {expectSettled} from './prerendered.ts'

// Scheduled posts on the production build: each is hidden (a real 404 at its URL) until its
// time and on every surface from the first request after it, with no webhook, cron or rebuild
// at go-live, and no page ever leaves the prerendered path, even with an edit in a go-live's
// last five minutes (where short cache lives used to turn pages into per-request renders).
const run = Date.now()
const word = `Zephyrine${run}`
const soon = {slug: `goes-live-soon-${run}`, leadMs: 30_000}
const later = {slug: `goes-live-later-${run}`, leadMs: 240_000}
const EDITED = 'post-your-first-group-session'

// Prerendered pages that show posts: they must stay static and cached throughout.
const STATIC_SURFACES = [
  '/',
  '/blog',
  '/blog/stepping-down-from-inpatient-care',
  '/blog/category/recovery',
  '/team/andre-whitaker',
]
const surfaces = [...STATIC_SURFACES, `/search?q=${word}`, '/feed.xml', '/sitemap.xml']

const sleepUntil = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())))

async function expectStatic(request: APIRequestContext, moment: string) {
  for (const path of STATIC_SURFACES) {
    const first = await request.get(path)
    const second = await request.get(path)
    expect({
      moment,
      path,
      status: first.status(),
      postponed: first.headers()['x-nextjs-postponed'] ?? null,
      noStore: /no-store/.test(first.headers()['cache-control'] ?? ''),
    }).toEqual({moment, path, status: 200, postponed: null, noStore: false})
    expect({moment, path, second: second.headers()['x-nextjs-cache']}).toEqual({moment, path, second: 'HIT'})
  }
}

async function expectEverywhere(request: APIRequestContext, slug: string, shown: boolean) {
  for (const path of surfaces) {
    const html = await (await request.get(path)).text()
    expect({path, slug, shown: html.includes(slug)}).toEqual({path, slug, shown})
  }
  const article = await request.get(`/blog/${slug}`)
  const html = await article.text()
  const robots = asksNotToBeIndexed(html)
  if (shown)
    expect({slug, status: article.status(), robots, title: html.includes(`${word} ${slug}`)}).toEqual({
      slug,
      status: 200,
      robots: false,
      title: true,
    })
  else
    expect({slug, status: article.status(), leaksTitle: html.includes(`${word} ${slug}`)}).toEqual({
      slug,
      status: 404,
      leaksTitle: false,
    })
}

test('scheduled posts go live everywhere on the first request after their time, and pages stay prerendered', async ({
  request,
}) => {
  test.setTimeout(330_000)
  const created = Date.now()
  const transaction = lakeClient.transaction()
  for (const post of [soon, later]) {
    transaction.create({
      _id: `post-${post.slug}`,
      _type: 'post',
      title: `${word} ${post.slug}`,
      slug: {_type: 'slug', current: post.slug},
      excerpt: 'A post that goes live on its own.',
      publishedAt: new Date(created + post.leadMs).toISOString(),
      author: {_type: 'reference', _ref: 'clinician-andre-whitaker'},
      categories: [{_type: 'reference', _ref: 'category-recovery', _key: 'c0'}],
    })
  }
  await transaction.commit()
  const {excerpt} = await lakeClient.getDocument<{excerpt: string}>(EDITED).then((doc) => doc ?? {excerpt: ''})
  try {
    // Let the creation's webhook land, then look everywhere before the first go-live. The
    // scheduled URLs are requested now, so a stale not-found page could outlive the go-live.
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    await expectEverywhere(request, soon.slug, false)
    await expectEverywhere(request, later.slug, false)
    await expectStatic(request, 'before the first go-live')
    expect(Date.now()).toBeLessThan(created + soon.leadMs)

    await sleepUntil(created + soon.leadMs + 1_000)
    await expectEverywhere(request, soon.slug, true)
    await expectEverywhere(request, later.slug, false)
    await expectStatic(request, 'after the first go-live')

    // An edit to another post in the second go-live's last five minutes (edits keep Next's one
    // stale copy while the page regenerates, so the edit shows within a request or two).
    const marker = `Edited while a post waits ${run}`
    await lakeClient.patch(EDITED).set({excerpt: marker}).commit()
    await expect
      .poll(async () => (await (await request.get('/blog')).text()).includes(marker), {timeout: 10_000})
      .toBe(true)
    await expectSettled(request, STATIC_SURFACES, 'after an edit, before the second go-live')
    await expectStatic(request, 'after an edit, before the second go-live')

    await sleepUntil(created + later.leadMs - 20_000)
    await expectStatic(request, 'twenty seconds before the second go-live')
    await sleepUntil(created + later.leadMs + 1_000)
    await expectEverywhere(request, later.slug, true)
    await expectStatic(request, 'after the second go-live')
  } finally {
    await lakeClient
      .transaction()
      .delete(`post-${soon.slug}`)
      .delete(`post-${later.slug}`)
      .patch(EDITED, (p) => p.set({excerpt}))
      .commit()
  }
})

test('unknown, draft and scheduled articles, clinicians and topics are a 404 from the first request', async ({
  request,
}) => {
  const hidden = {
    post: `hidden-draft-${run}`,
    scheduled: `hidden-scheduled-${run}`,
    clinician: `hidden-clinician-${run}`,
    category: `hidden-topic-${run}`,
  }
  await lakeClient
    .transaction()
    .create({
      _id: `drafts.post-${hidden.post}`,
      _type: 'post',
      title: `Secret ${hidden.post}`,
      slug: {_type: 'slug', current: hidden.post},
      publishedAt: '2026-01-01T00:00:00Z',
    })
    .create({
      _id: `post-${hidden.scheduled}`,
      _type: 'post',
      title: `Secret ${hidden.scheduled}`,
      slug: {_type: 'slug', current: hidden.scheduled},
      publishedAt: new Date(Date.now() + 86_400_000).toISOString(),
    })
    .create({
      _id: `drafts.clinician-${hidden.clinician}`,
      _type: 'clinician',
      name: `Secret ${hidden.clinician}`,
      slug: {_type: 'slug', current: hidden.clinician},
    })
    .create({
      _id: `drafts.category-${hidden.category}`,
      _type: 'category',
      title: `Secret ${hidden.category}`,
      slug: {_type: 'slug', current: hidden.category},
    })
    .commit()
  try {
    const paths = [
      `/blog/unknown-${run}`,
      `/blog/${hidden.post}`,
      `/blog/${hidden.scheduled}`,
      `/team/unknown-${run}`,
      `/team/${hidden.clinician}`,
      `/blog/category/unknown-${run}`,
      `/blog/category/${hidden.category}`,
      `/blog/category/${hidden.category}/page/1`,
    ]
    for (const path of paths) {
      const response = await request.get(path)
      const html = await response.text()
      expect({
        path,
        status: response.status(),
        notFoundPage: html.includes('We could not find that page'),
        leaks: html.includes('Secret '),
      }).toEqual({path, status: 404, notFoundPage: true, leaks: false})
    }
  } finally {
    await lakeClient
      .transaction()
      .delete(`drafts.post-${hidden.post}`)
      .delete(`post-${hidden.scheduled}`)
      .delete(`drafts.clinician-${hidden.clinician}`)
      .delete(`drafts.category-${hidden.category}`)
      .commit()
  }
})
