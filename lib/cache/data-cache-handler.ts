// Next's `'use cache'` handler (`cacheHandlers.default` in next.config.ts): its own in-memory
// handler, with one change. An entry whose tags were revalidated since it was made counts as
// missing, so the next use computes it afresh, instead of being served once more while it
// refreshes in the background.
//
// Why: pages rendered per request (search, the not-found check's data, draft mode) would
// otherwise show a post list from before a go-live or an edit once more (sanity/lib/go-live.ts).
// Prerendered pages re-render blocking anyway (page-cache-handler.ts). Next's default handler is
// an internal module, pinned with the `next` version in package.json.
import DefaultHandlerModule from 'next/dist/server/lib/cache-handlers/default.js'
import type {CacheHandler} from 'next/dist/server/lib/cache-handlers/types.js'

type DefaultHandlerExports = typeof import('next/dist/server/lib/cache-handlers/default.js')
// Node's own import of this CommonJS module gives its exports object under `default`; the
// bundler's copy gives the exports themselves.
const imported = DefaultHandlerModule as unknown as DefaultHandlerExports | {default: DefaultHandlerExports}
const {createDefaultCacheHandler} = 'createDefaultCacheHandler' in imported ? imported : imported.default

// Next's own default size for this handler.
const MAX_BYTES = 50 * 1024 * 1024
const base: CacheHandler = createDefaultCacheHandler(MAX_BYTES)

// Next's default handler reports an entry with stale tags as `revalidate: -1`.
const STALE = -1

const dataCacheHandler: CacheHandler = {
  ...base,
  async get(cacheKey, softTags) {
    const entry = await base.get(cacheKey, softTags)
    return entry && entry.revalidate === STALE ? undefined : entry
  },
}

export default dataCacheHandler
