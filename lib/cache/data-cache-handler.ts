// Next's `'use cache'` handler (`cacheHandlers.default` in next.config.ts): its own in-memory
// handler, with one change. An entry whose go-live tag went stale since it was made counts as
// missing, so the next use computes it afresh, instead of being served once more while it
// refreshes in the background.
//
// Why: every render after a go-live (a page re-rendered blocking by page-cache-handler.ts, or a
// search asked for the first time) must be made from the post list after it, not from the one
// before it served once more (sanity/lib/go-live.ts). Next's default handler is an internal
// module, pinned with the `next` version in package.json.
import DefaultHandlerModule from 'next/dist/server/lib/cache-handlers/default.js'
import type {CacheHandler} from 'next/dist/server/lib/cache-handlers/types.js'
import {sharedRedis} from '../redis/client.ts'
import {madeBeforeGoLive} from './made-before-go-live.ts'
import {createRedisDataCache} from './redis-data-cache.ts'

type DefaultHandlerExports = typeof import('next/dist/server/lib/cache-handlers/default.js')
// Node's own import of this CommonJS module gives its exports object under `default`; the
// bundler's copy gives the exports themselves.
const imported = DefaultHandlerModule as unknown as DefaultHandlerExports | {default: DefaultHandlerExports}
const {createDefaultCacheHandler} = 'createDefaultCacheHandler' in imported ? imported : imported.default

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
export default redis ? createRedisDataCache(redis, memoryHandler) : memoryHandler
