import {afterAll, beforeAll, expect, it} from '@jest/globals'
import DefaultHandlerModule from 'next/dist/server/lib/cache-handlers/default.js'
import type {CacheEntry} from 'next/dist/server/lib/cache-handlers/types.js'
import {createRedisDataCache} from '../../../lib/cache/redis-data-cache.ts'
import {listeningForTags, stopListeningForTags} from '../../../lib/cache/shared-tags.ts'
import {connectRedis, type SharedRedis} from '../../../lib/redis/client.ts'
import {waitFor} from '../../helpers/process.ts'
import {
  describeWithRedis,
  revalidateOnOtherInstance,
  startTestRedis,
  whenReady as ready,
  type TestRedis,
} from '../../helpers/redis.ts'

type DefaultHandlerExports = typeof import('next/dist/server/lib/cache-handlers/default.js')
const imported = DefaultHandlerModule as unknown as DefaultHandlerExports | {default: DefaultHandlerExports}
const {createDefaultCacheHandler} = 'createDefaultCacheHandler' in imported ? imported : imported.default

// Two instances of the site, each with its own memory cache and connection, sharing one Redis.
// Next's tag map is one per process, so revalidations come from a process of their own.
let redis: TestRedis
const connections: SharedRedis[] = []
function instance() {
  const connection = connectRedis(redis.url, () => undefined)
  connections.push(connection)
  return {connection, cache: createRedisDataCache(connection, createDefaultCacheHandler(10 * 1024 * 1024))}
}

function entry(text: string, tags: string[]): CacheEntry {
  return {
    value: new Blob([text]).stream(),
    tags,
    stale: 300,
    timestamp: Date.now() - 1_000,
    expire: 3600,
    revalidate: 900,
  }
}
const text = async (found: CacheEntry | undefined) => (found ? new Response(found.value).text() : undefined)

beforeAll(async () => {
  redis = await startTestRedis()
})
afterAll(async () => {
  stopListeningForTags()
  for (const connection of connections) connection.destroy()
  await redis.stop()
})

describeWithRedis("'use cache' entries shared through Redis", () => {
  it('what instance A stored, instance B reads without fetching it again', async () => {
    const [a, b] = [instance(), instance()]
    await Promise.all([ready(a.connection), ready(b.connection)])
    await a.cache.set('post-list', Promise.resolve(entry('ten posts', ['post'])))
    expect(await text(await b.cache.get('post-list', []))).toBe('ten posts')
  })

  it("a tag expired on another instance is expired here, and one it marked stale asks for a refresh (revalidateTag 'max'), as soon as it happens", async () => {
    const [a, b] = [instance(), instance()]
    await Promise.all([ready(a.connection), ready(b.connection)])
    await a.cache.set('expired-entry', Promise.resolve(entry('old', ['tag-expired'])))
    await a.cache.set('stale-entry', Promise.resolve(entry('old but usable', ['tag-stale'])))
    await b.cache.refreshTags()
    await waitFor(async () => listeningForTags(), 5_000, 'the instance to listen for revalidations')
    await revalidateOnOtherInstance(redis.url, ['expire:tag-expired', 'stale:tag-stale'])
    // Heard, not pulled: while it listens, an instance pulls only every 5 s.
    await waitFor(async () => (await b.cache.get('expired-entry', [])) === undefined, 2_000, 'the expiry to arrive')
    const stale = await b.cache.get('stale-entry', [])
    expect([await text(stale), stale?.revalidate]).toEqual(['old but usable', -1])
  })

  it('with Redis down, reads and writes fall back to the instance memory and never throw', async () => {
    const a = instance()
    await ready(a.connection)
    await redis.stop()
    await a.cache.set('during-outage', Promise.resolve(entry('kept in memory', ['other'])))
    expect(await text(await a.cache.get('during-outage', []))).toBe('kept in memory')
    await expect(a.cache.updateTags(['other'])).resolves.toBeUndefined()
    await expect(a.cache.refreshTags()).resolves.toBeUndefined()
    await redis.start()
    await ready(a.connection)
    await a.cache.set('after-outage', Promise.resolve(entry('shared again', ['post'])))
    const b = instance()
    await ready(b.connection)
    expect(await text(await b.cache.get('after-outage', []))).toBe('shared again')
  })

  it('after Redis restarts empty, an entry an instance kept in memory goes back to Redis on its next read, for the others', async () => {
    const a = instance()
    await ready(a.connection)
    await a.cache.set('kept-through-restart', Promise.resolve(entry('kept by A', ['restart-case'])))
    await redis.stop()
    await redis.start()
    await ready(a.connection)
    const b = instance()
    await ready(b.connection)
    expect(await b.cache.get('kept-through-restart', [])).toBeUndefined()
    expect(await text(await a.cache.get('kept-through-restart', []))).toBe('kept by A')
    expect(await text(await b.cache.get('kept-through-restart', []))).toBe('kept by A')
  })

  it('with Redis up but not answering, a read goes on from memory without waiting for it', async () => {
    const a = instance()
    await ready(a.connection)
    await a.cache.set('during-stall', Promise.resolve(entry('from memory', ['stall-case'])))
    const staller = connectRedis(redis.url, () => undefined)
    connections.push(staller)
    await ready(staller)
    // Redis answers nothing for a second.
    const stalled = staller.sendCommand(['DEBUG', 'SLEEP', '1']).then(() => 'redis answered again' as const)
    await new Promise((resolve) => setTimeout(resolve, 50))
    const read = a.cache.get('during-stall', []).then(text)
    expect(await Promise.race([read, stalled])).toBe('from memory')
    await stalled
  })
})
