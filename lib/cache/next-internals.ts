// The only module that reaches into Next's private modules (`next/dist/...`), each import with
// the reason no public interface serves. They are pinned with the `next` version in
// package.json; __tests__/lib/cache/next-internals.test.ts holds each to the behaviour the cache
// handlers rely on, so an upgrade that changes one fails there rather than in production.
// The handler types (CacheHandler, CacheEntry) are public: `next/cache` exports them.

import * as DefaultHandlerModule from 'next/dist/server/lib/cache-handlers/default.js'
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'
import {
  areTagsExpired,
  areTagsStale,
  tagsManifest,
} from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js'

// Next's in-memory `'use cache'` handler. Public only by name (`cacheHandlers` without a
// `default` entry); a custom handler that keeps its behaviour and adds to it must build on it.
type DefaultHandlerExports = typeof import('next/dist/server/lib/cache-handlers/default.js')
// A namespace import, because this module is loaded three ways: by Node's own import (the
// exports under `default`), by next.config.ts's compiled require and by the bundler (the
// exports themselves).
const defaultHandler = DefaultHandlerModule as unknown as DefaultHandlerExports | {default: DefaultHandlerExports}
export const {createDefaultCacheHandler} =
  'createDefaultCacheHandler' in defaultHandler ? defaultHandler : defaultHandler.default

// Next's page cache (the file-system cache behind `cacheHandler`). The documented way to
// replace it is a whole handler of one's own; extending Next's keeps its disk layout, its
// memory cache and its reading of tags, which the handler only adds to (page-cache-handler.ts).
export type FileSystemCacheClass = typeof import('next/dist/server/lib/incremental-cache/file-system-cache.js').default
const fileSystemCache = FileSystemCacheModule as unknown as FileSystemCacheClass | {default: FileSystemCacheClass}
export const FileSystemCache = typeof fileSystemCache === 'function' ? fileSystemCache : fileSystemCache.default

// Each tag's revalidation times, which revalidateTag writes and both of Next's caches read. No
// public interface reads them, nor writes one another instance sent (shared-tags.ts).
export {areTagsExpired, areTagsStale, tagsManifest}

// How Next writes a redirect into a page's RSC payload (its error digest, e.g.
// "NEXT_REDIRECT;replace;/blog/new;308;"). Next 16.4 keeps a redirect rendered in the background
// (a regenerated page) with its status but without its Location header, so each later visitor
// got a 308 with nowhere to go; cached-redirect.ts puts the header back from the digest, checked
// with Next's own reader. Not `redirect.js`, whose reader of the URL loads the request's async
// storage, which next.config.ts (where the page cache is loaded) cannot.
export {isRedirectError} from 'next/dist/client/components/redirect-error.js'
