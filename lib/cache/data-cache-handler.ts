// Next's `'use cache'` handler (`cacheHandlers.default` in next.config.ts): its own in-memory
// handler, with one change: go-lives (sanity/lib/go-live.ts). Through the handler interface Next
// documents, `refreshTags` (called before a request's first read) passes a due go-live
// (lib/cache/go-live-gate.ts), and `getExpiration` reports the go-live as the latest expiry of
// the request's tags, so Next discards any entry made before it; `get` also reports an entry made
// before it that shows what changes on a date as missing. So that very request computes the data
// afresh instead of being served the older copy once more. `next dev` goes through the same two
// calls, where it has no page cache and puts its own memory in front of this handler (whose hits
// would otherwise never reach `get`): that is how a scheduled post goes live there.
//
// Why: every render after a go-live (a page re-rendered blocking by page-cache-handler.ts, or a
// search asked for the first time) must be made from the post list after it, not from the one
// before it served once more (sanity/lib/go-live.ts). Next's default handler is one of its
// private modules (lib/cache/next-internals.ts).
import type {CacheHandler} from 'next/cache'
import {sharedRedis} from '../redis/client.ts'
import {goLivePassedAt, passGoLiveGate} from './go-live-gate.ts'
import {madeBeforeGoLive} from './made-before-go-live.ts'
import {createDefaultCacheHandler} from './next-internals.ts'
import {createRedisDataCache} from './redis-data-cache.ts'

// Next's own default size for this handler.
const MAX_BYTES = 50 * 1024 * 1024
const base: CacheHandler = createDefaultCacheHandler(MAX_BYTES)

const memoryHandler: CacheHandler = {
  ...base,
  async get(cacheKey, softTags) {
    const entry = await base.get(cacheKey, softTags)
    return entry && madeBeforeGoLive(entry.tags, entry.timestamp) ? undefined : entry
  },
}

// With REDIS_URL, every instance shares the entries and tag state, and this memory is its fallback.
const redis = sharedRedis(process.env.REDIS_URL)
const handler = redis ? createRedisDataCache(redis, memoryHandler) : memoryHandler

export default {
  ...handler,
  async refreshTags() {
    await passGoLiveGate()
    await handler.refreshTags()
  },
  async getExpiration(tags) {
    const expiration = await handler.getExpiration(tags)
    // Infinity: the handler checks its entries itself (Next's convention); it does, in `get`.
    return expiration === Infinity ? expiration : Math.max(expiration, goLivePassedAt())
  },
} satisfies CacheHandler
