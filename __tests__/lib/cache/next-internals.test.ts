import {mkdtemp, readdir, rm, stat} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {
  areTagsExpired,
  areTagsStale,
  createDefaultCacheHandler,
  FileSystemCache,
  tagsManifest,
} from '../../../lib/cache/next-internals.ts'
import {pageCacheIn, pageContext, storedPage} from '../../helpers/page-cache.ts'

// The contract the cache handlers hold Next's private modules to (lib/cache/next-internals.ts):
// each case is a behaviour a handler relies on. A Next upgrade that changes one fails here.

describe('the tags manifest', () => {
  it('dates a tag stale and expired the way revalidateTag(tag, "max") does, for entries made before', () => {
    const now = Date.now()
    tagsManifest.set('contract:max', {stale: now, expired: now + 31_536_000_000})
    expect(areTagsStale(['contract:max'], now - 1)).toBe(true)
    expect(areTagsStale(['contract:max'], now + 1)).toBe(false)
    expect(areTagsExpired(['contract:max'], now - 1)).toBe(false)
    expect(areTagsStale(['contract:unknown'], now)).toBe(false)
  })

  it('reports a tag past its expiry as expired', () => {
    const now = Date.now()
    tagsManifest.set('contract:expired', {stale: now - 10, expired: now - 5})
    expect(areTagsExpired(['contract:expired'], now - 20)).toBe(true)
    expect(areTagsExpired(['contract:expired'], now)).toBe(false)
  })
})

describe('the default use-cache handler', () => {
  it('keeps an entry and hands it back with its tags and timestamp, and knows the handler interface', async () => {
    const handler = createDefaultCacheHandler(1_000_000)
    for (const method of ['get', 'set', 'refreshTags', 'getExpiration', 'updateTags'] as const) {
      expect(typeof handler[method]).toBe('function')
    }
    const timestamp = Date.now()
    const value = new ReadableStream({start: (c) => (c.enqueue(new Uint8Array([1])), c.close())})
    await handler.set(
      'contract',
      Promise.resolve({value, tags: ['a'], stale: 300, timestamp, expire: 3600, revalidate: 900}),
    )
    const entry = await handler.get('contract', [])
    expect({tags: entry?.tags, timestamp: entry?.timestamp}).toEqual({tags: ['a'], timestamp})
  })
})

describe('the file-system page cache', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'fs-cache-contract-'))
  })
  afterAll(() => rm(dir, {recursive: true, force: true}))

  it('stores a page as files it dates by their modification time, keeps a memory copy, and names its file paths', async () => {
    // Configured as `next start` configures it (the handler's own test helper, on Next's class).
    const cache = pageCacheIn(FileSystemCache as unknown as Parameters<typeof pageCacheIn>[0], dir)
    await cache.set('/contract', storedPage('a,b') as never, {cacheControl: {revalidate: false}} as never)
    const file = (cache as unknown as {getFilePath(file: string, kind: string): string}).getFilePath(
      '/contract.html',
      'APP_PAGE',
    )
    expect(file.startsWith(dir)).toBe(true)
    expect((await stat(file)).isFile()).toBe(true)
    expect(await readdir(path.dirname(file))).toContain('contract.html')
    // The memory copy the page cache handler dates by a render's start.
    const memory = (FileSystemCache as unknown as {memoryCache?: {get(key: string): {lastModified: number}}})
      .memoryCache
    expect(memory?.get('/contract')?.lastModified).toBeGreaterThan(0)
    const entry = await cache.get('/contract', pageContext as never)
    expect((entry?.value as {html?: string} | null)?.html).toBe('<p>page</p>')
  })
})
