import {mkdtemp, readdir, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it, jest} from '@jest/globals'
import {areTagsStale, tagsManifest} from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js'
import {markGoLivePassed, registerGoLiveGate} from '../../../lib/cache/go-live-gate.ts'
import PageCacheHandler from '../../../lib/cache/page-cache-handler.ts'
import dataCacheHandler from '../../../lib/cache/data-cache-handler.ts'
import {pageCacheIn, pageContext, storedPage} from '../../helpers/page-cache.ts'

// Both handlers read the tag state Next keeps for revalidateTag; these tests write it the way
// revalidateTag(tag, 'max') does (stale now, expired in a year), then read back through them.
// A go-live is this process's own clock (lib/cache/go-live-gate.ts), moved as the gate does.
const markStale = (tag: string) => tagsManifest.set(tag, {stale: Date.now(), expired: Date.now() + 31_536_000_000})
const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'page-cache-'))
})
afterAll(() => rm(dir, {recursive: true, force: true}))

const pageCache = () => pageCacheIn(PageCacheHandler, dir)
// What a restart does to an entry: Next's memory copy is gone, the files stay.
// (The memory cache is a static of Next's file-system cache, the handler's parent class.)
const forgetInMemory = (key: string) =>
  (Object.getPrototypeOf(PageCacheHandler) as {memoryCache: {remove(key: string): void}}).memoryCache.remove(key)
const page = (tags: string) => storedPage(tags)

describe('the page cache handler', () => {
  it('hands back a stored page as it is while its tags are fresh', async () => {
    const cache = pageCache()
    await cache.set(
      '/fresh',
      page('post:list,settings') as never,
      {cacheControl: {revalidate: false, expire: undefined}} as never,
    )
    const entry = await cache.get('/fresh', pageContext as never)
    expect(entry?.lastModified).toBeGreaterThan(0)
  })

  it('reports a page whose go-live tag went stale after it was stored as due for a blocking render, and leaves the stored copy alone', async () => {
    const cache = pageCache()
    await cache.set(
      '/gone-live',
      page('post:list,post:go-live') as never,
      {cacheControl: {revalidate: false, expire: undefined}} as never,
    )
    await tick()
    markGoLivePassed(Date.now())
    const entry = await cache.get('/gone-live', pageContext as never)
    expect(entry?.lastModified).toBe(-1)
    expect((entry?.value as {html: string}).html).toBe('<p>page</p>')
    // Rendered again after the go-live: fresh once more.
    await tick()
    await cache.set(
      '/gone-live',
      page('post:list,post:go-live') as never,
      {cacheControl: {revalidate: false, expire: undefined}} as never,
    )
    expect((await cache.get('/gone-live', pageContext as never))?.lastModified).toBeGreaterThan(0)
  })

  it('leaves a page stale from another change to Next, which serves the stale copy while it regenerates', async () => {
    const cache = pageCache()
    await cache.set(
      '/edited',
      page('post:edited-test,post:go-live') as never,
      {cacheControl: {revalidate: false, expire: undefined}} as never,
    )
    await tick()
    markStale('post:edited-test')
    expect((await cache.get('/edited', pageContext as never))?.lastModified).toBeGreaterThan(0)
  })

  it('dates a page by when its render began, so a change that lands during the render leaves it stale', async () => {
    const cache = pageCache()
    const forever = {cacheControl: {revalidate: false, expire: undefined}} as never
    // The read that finds no page is where Next's render begins; the change lands mid-render.
    expect(await cache.get('/mid-render', pageContext as never)).toBeNull()
    await tick()
    markStale('post:mid-render-test')
    await tick()
    await cache.set('/mid-render', page('post:mid-render-test') as never, forever)
    const stored = await cache.get('/mid-render', pageContext as never)
    expect(areTagsStale(['post:mid-render-test'], stored?.lastModified ?? Infinity)).toBe(true)

    // Its copy on disk, read after a restart, is dated the same way.
    forgetInMemory('/mid-render')
    const fromDisk = await pageCache().get('/mid-render', pageContext as never)
    expect((fromDisk?.value as {html: string}).html).toBe('<p>page</p>')
    expect(areTagsStale(['post:mid-render-test'], fromDisk?.lastModified ?? Infinity)).toBe(true)

    // Rendered again, from the read that found it stale: fresh, with no change since.
    await tick()
    await cache.set('/mid-render', page('post:mid-render-test') as never, forever)
    const again = await cache.get('/mid-render', pageContext as never)
    expect(areTagsStale(['post:mid-render-test'], again?.lastModified ?? Infinity)).toBe(false)
    forgetInMemory('/mid-render')
    const againFromDisk = await pageCache().get('/mid-render', pageContext as never)
    expect(areTagsStale(['post:mid-render-test'], againFromDisk?.lastModified ?? Infinity)).toBe(false)
  })

  it('keeps searches and 404s, which anyone can make one per address, in memory only, and writes other pages to disk', async () => {
    const cache = pageCache()
    const onDemand = (pathname: string) => `/route-cache/APP_PAGE/0a1b/$${pathname}`
    const stored = {
      search: [onDemand('/search/worry%20at%20night'), page('post:list')],
      missing: [onDemand('/blog/made-up-address'), {...page('post:list'), status: 404}],
      article: [onDemand('/blog/published-after-the-build'), page('post:list')],
    } as const
    for (const [key, value] of Object.values(stored))
      await cache.set(key, value as never, {cacheControl: {revalidate: false, expire: undefined}} as never)

    const files = await readdir(dir, {recursive: true})
    const written = (key: string) => files.some((file) => file.endsWith(`${key.split('/').at(-1)}.html`))
    expect(Object.values(stored).map(([key]) => written(key))).toEqual([false, false, true])
    for (const [key] of Object.values(stored)) expect(await cache.get(key, pageContext as never)).not.toBeNull()
  })

  it('keeps the complete copy of a page when a refresh of it comes back with parts left for each request, and stores route shells with theirs', async () => {
    const cache = pageCache()
    const forever = {cacheControl: {revalidate: false, expire: undefined}} as never
    await cache.set('/blog/whole', page('post:list') as never, forever)
    const withHoles = {...storedPage('post:list', '<p>shell</p>'), postponed: '{"resume":"per request"}'}
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    await cache.set('/blog/whole', withHoles as never, forever)
    expect(warn.mock.calls.map(([message]) => String(message))).toEqual([
      expect.stringContaining('not storing /blog/whole'),
    ])
    warn.mockRestore()
    const entry = await cache.get('/blog/whole', pageContext as never)
    expect((entry?.value as {html: string; postponed?: string}).html).toBe('<p>page</p>')
    expect((entry?.value as {postponed?: string}).postponed).toBeUndefined()

    // A dynamic route's fallback shell is made of holes, and is stored as Next made it.
    await cache.set('/blog/[slug]', withHoles as never, {...(forever as object), isFallback: true} as never)
    const shell = await cache.get('/blog/[slug]', {...pageContext, isFallback: true} as never)
    expect((shell?.value as {postponed?: string}).postponed).toBe(withHoles.postponed)
  })
})

const dataEntry = (tags: string[]) => ({
  value: new ReadableStream({start: (controller) => controller.close()}),
  tags,
  stale: 300,
  timestamp: Date.now(),
  expire: 31_536_000,
  revalidate: 31_536_000,
})

describe('the data cache handler', () => {
  it('treats an entry made before a go-live as missing, and leaves others to Next', async () => {
    await dataCacheHandler.set('clinicians', Promise.resolve(dataEntry(['clinician:list'])))
    await dataCacheHandler.set('posts', Promise.resolve(dataEntry(['post:list', 'post:go-live'])))
    await dataCacheHandler.set('edited', Promise.resolve(dataEntry(['post:data-edited'])))
    await tick()
    markStale('post:data-edited')
    // Stale from an edit: Next's own handler serves it once more while it refreshes.
    expect((await dataCacheHandler.get('edited', []))?.revalidate).toBe(-1)
    markGoLivePassed(Date.now())
    expect(await dataCacheHandler.get('posts', [])).toBeUndefined()
    expect(await dataCacheHandler.get('clinicians', [])).toBeDefined()
  })

  it('passes a due go-live before a request reads, and dates the request’s tags by it, as next dev needs', async () => {
    await dataCacheHandler.set('posts-dev', Promise.resolve(dataEntry(['post:list', 'post:go-live'])))
    await tick()
    const before = await dataCacheHandler.getExpiration(['_N_T_/blog'])
    registerGoLiveGate(async () => markGoLivePassed(Date.now()))
    // Next calls refreshTags before a request's first read, and getExpiration with its tags:
    // an entry made at or before that time is discarded, whichever memory served it.
    await dataCacheHandler.refreshTags()
    const after = await dataCacheHandler.getExpiration(['_N_T_/blog'])
    expect(after).toBeGreaterThan(before)
    expect(after).toBeGreaterThanOrEqual((await dataCacheHandler.get('clinicians', []))?.timestamp ?? 0)
    expect(await dataCacheHandler.get('posts-dev', [])).toBeUndefined()
    registerGoLiveGate(async () => undefined)
  })
})
