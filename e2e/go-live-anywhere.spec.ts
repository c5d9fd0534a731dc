import {createClient} from '@sanity/client'
import {expect, test, type APIRequestContext} from '@playwright/test'
import {LAKE_DEFAULT_TOKEN} from '../lib/lake-defaults.ts'
import {SANITY_API_VERSION} from '../sanity/lib/api-version.ts'
import {startDevSite, startLake, startSite, type Running} from './site-process.ts'

// A go-live needs nothing but the server's own process: no request to itself, so neither the
// address it listens on nor the kind of server matters. Each test runs its own lake and site:
// a production server on 127.0.0.2 (another loopback address), and `next dev`, where clinicians
// and marketing first try the Studio and which has no page cache.
test.describe.configure({mode: 'serial'})
test.setTimeout(300_000)

const lakeAt = (port: number) =>
  createClient({
    projectId: 'local',
    dataset: 'production',
    apiVersion: SANITY_API_VERSION,
    apiHost: `http://127.0.0.1:${port}`,
    useProjectHostname: false,
    useCdn: false,
    token: LAKE_DEFAULT_TOKEN,
  })

const sleepUntil = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())))

/** Which surfaces list the post, and what its own page answers, asked in that order. */
async function visibility(request: APIRequestContext, origin: string, slug: string, word: string) {
  const lists = ['/', '/blog', '/feed.xml', '/sitemap.xml', `/search?q=${word}`]
  const listing: string[] = []
  for (const path of lists) {
    if ((await (await request.get(`${origin}${path}`)).text()).includes(`/blog/${slug}`)) listing.push(path)
  }
  const article = (await request.get(`${origin}/blog/${slug}`)).status()
  return {listing, article}
}

async function scheduleAndWatch(request: APIRequestContext, origin: string, lakePort: number, leadMs: number) {
  const run = Date.now()
  const word = `Quillon${run}`
  const slug = `goes-live-anywhere-${run}`
  const goLive = run + leadMs
  await lakeAt(lakePort).create({
    _id: `post-${slug}`,
    _type: 'post',
    title: `${word} ${slug}`,
    slug: {_type: 'slug', current: slug},
    excerpt: `${word}: an article that goes live on its own.`,
    body: [
      {_type: 'block', _key: 'b', style: 'normal', markDefs: [], children: [{_type: 'span', _key: 's', text: word}]},
    ],
    publishedAt: new Date(goLive).toISOString(),
  })
  expect(await visibility(request, origin, slug, word)).toEqual({listing: [], article: 404})
  await sleepUntil(goLive + 1_000)
  // The first request after its time, on every surface; the article's page is asked last, so a
  // list that links to it while it is still a 404 fails here.
  const after = await visibility(request, origin, slug, word)
  expect(after).toEqual({listing: ['/', '/blog', '/feed.xml', '/sitemap.xml', `/search?q=${word}`], article: 200})
}

test('a scheduled post goes live on the first request after its time on a server bound to 127.0.0.2', async ({
  request,
}) => {
  const running: Running[] = []
  try {
    running.push(await startLake(4116, '.lake/e2e-other-address', 'http://127.0.0.2:3102/api/revalidate'))
    running.push(await startSite(3102, 4116, {}, '127.0.0.2'))
    await scheduleAndWatch(request, 'http://127.0.0.2:3102', 4116, 20_000)
  } finally {
    for (const process of running.reverse()) await process.stop()
  }
})

test('a scheduled post goes live on the first request after its time under next dev', async ({request}) => {
  const running: Running[] = []
  try {
    running.push(await startLake(4117, '.lake/e2e-dev', 'http://127.0.0.1:3103/api/revalidate'))
    running.push(await startDevSite(3103, 4117))
    // next dev compiles each route on its first request: done before the clock starts.
    for (const path of ['/', '/blog', '/feed.xml', '/sitemap.xml', '/search?q=warm', '/blog/no-such-post']) {
      await request.get(`http://127.0.0.1:3103${path}`, {timeout: 180_000})
    }
    await scheduleAndWatch(request, 'http://127.0.0.1:3103', 4117, 30_000)
  } finally {
    for (const process of running.reverse()) await process.stop()
  }
})
