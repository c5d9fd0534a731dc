import type {CacheEntry, CacheHandler} from 'next/cache'
import {RESP_TYPES} from 'redis'
import {redisReady, redisWithin, type SharedRedis} from '../redis/client.ts'
import {madeBeforeGoLive} from './made-before-go-live.ts'
import {areTagsExpired, areTagsStale} from './next-internals.ts'
import {pullTagsRecent, shareTags} from './shared-tags.ts'

/**
 * Next's `'use cache'` handler interface on Redis, so every instance of the site reads the data
 * one of them fetched: the Content Lake answers each query once per change, not once per
 * instance. Written here rather than taken from a library: none that is kept up supports Next
 * 16's `'use cache'` handlers on a current Redis client (see the README, "Several instances").
 * It follows Next's default handler's rules (entries past `revalidate` or with an expired tag
 * are missing; a stale tag asks for a refresh) and this site's go-live rule. It never fails a
 * request: whatever Redis cannot do, `memory` (this instance's own cache) does.
 */
const PREFIX = 'resilient-mind:next-data:'
// Entries Next marks as never expiring still leave Redis after a month untouched.
const MAX_TTL_MS = 30 * 24 * 60 * 60 * 1000

type Metadata = Omit<CacheEntry, 'value'>

export function createRedisDataCache(redis: SharedRedis, memory: CacheHandler): CacheHandler {
  const binary = redis.withTypeMapping({[RESP_TYPES.BLOB_STRING]: Buffer})
  const attempt = async <T>(work: () => Promise<T>, fallback: () => Promise<T>): Promise<T> => {
    if (!(await redisReady(redis))) return fallback()
    try {
      return await redisWithin(work())
    } catch {
      return fallback()
    }
  }

  // Kept only as long as Next would keep it; a restored entry keeps its first timestamp, so it
  // leaves Redis when it would have anyway.
  const store = async (cacheKey: string, entry: CacheEntry, value: Buffer) => {
    const {value: _stream, ...meta} = entry
    const leftMs = Math.min(meta.timestamp + meta.expire * 1000 - Date.now(), MAX_TTL_MS)
    if (leftMs > 0) await redis.set(`${PREFIX}${cacheKey}`, encode(meta, value), {PX: Math.ceil(leftMs)})
  }

  return {
    get: (cacheKey, softTags) =>
      attempt(
        async () => {
          const stored = await binary.get(`${PREFIX}${cacheKey}`)
          if (stored) {
            const {meta, value} = decode(stored)
            return usable(meta, value)
          }
          // Redis lacks what this instance has (it restarted, or the entry was made while it
          // was down): give it back, so the other instances stop fetching it on their own. Not a
          // stale one (revalidate -1): it is about to be refreshed, and the refresh is stored.
          const kept = await memory.get(cacheKey, softTags)
          if (!kept || kept.revalidate < 0) return kept
          const bytes = Buffer.from(await new Response(kept.value).arrayBuffer())
          await store(cacheKey, kept, bytes)
          return {...kept, value: streamOf(bytes)}
        },
        () => memory.get(cacheKey, softTags),
      ),

    async set(cacheKey, pendingEntry) {
      const entry = await pendingEntry
      // Dynamic entries are never stored (Next's default handler's rule).
      if (entry.expire === 0) return
      const value = Buffer.from(await new Response(entry.value).arrayBuffer())
      await memory.set(cacheKey, Promise.resolve({...entry, value: streamOf(value)}))
      await attempt(
        () => store(cacheKey, entry, value),
        async () => undefined,
      )
    },

    // Next calls this before a request's first cache read: the moment to learn other instances' revalidations.
    refreshTags: () =>
      attempt(
        () => pullTagsRecent(redis),
        () => memory.refreshTags(),
      ),
    getExpiration: (tags) => memory.getExpiration(tags),
    async updateTags(tags, durations) {
      await memory.updateTags(tags, durations)
      await shareTags(redis, tags)
    },
  }
}

function usable(meta: Metadata, value: Buffer): CacheEntry | undefined {
  if (meta.expire < 0) return undefined
  if (Date.now() > meta.timestamp + meta.revalidate * 1000) return undefined
  if (areTagsExpired(meta.tags, meta.timestamp) || madeBeforeGoLive(meta.tags, meta.timestamp)) return undefined
  const revalidate = areTagsStale(meta.tags, meta.timestamp) ? -1 : meta.revalidate
  return {...meta, revalidate, value: streamOf(value)}
}

// One Redis value per entry: the metadata's length (4 bytes), the metadata as JSON, the bytes.
function encode(meta: Metadata, value: Buffer): Buffer {
  const json = Buffer.from(JSON.stringify(meta))
  const length = Buffer.alloc(4)
  length.writeUInt32BE(json.length)
  return Buffer.concat([length, json, value])
}

function decode(stored: Buffer): {meta: Metadata; value: Buffer} {
  const length = stored.readUInt32BE(0)
  return {
    meta: JSON.parse(stored.subarray(4, 4 + length).toString('utf8')) as Metadata,
    value: stored.subarray(4 + length),
  }
}

function streamOf(bytes: Buffer): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new Uint8Array(bytes))
      controller.close()
    },
  })
}
