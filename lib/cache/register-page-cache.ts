import PageCacheHandler from './page-cache-handler.ts'

// Next 16.4 imports a configured `cacheHandler` afresh for every request it serves
// (NextNodeServer.getIncrementalCache: an ESM import() of the file, resolved and traced each
// time). In a CPU profile of /privacy under load that was 3 % of the server's time, about
// 70 µs a request, on pages that otherwise only copy a cached HTML file to the socket. Next's
// IncrementalCache first looks for a handler class on this global, the hook deployment adapters
// use, and constructs it without importing anything. So next.config.ts registers the handler
// here, once per process, and leaves `cacheHandler` unset; the standalone server.js, which does
// not run next.config.ts, registers it from instrumentation.ts. The handler is the same class either
// way; like the handler itself, this depends on Next's internals pinned in package.json.
const NEXT_CACHE_HANDLERS = Symbol.for('@next/cache-handlers')

type Registry = {FetchCache?: typeof PageCacheHandler; [kind: string]: unknown}

const slots = globalThis as unknown as Record<symbol, Registry | undefined>

/** Makes PageCacheHandler the page cache of every IncrementalCache this process creates. */
export function registerPageCacheHandler(): void {
  slots[NEXT_CACHE_HANDLERS] = {...slots[NEXT_CACHE_HANDLERS], FetchCache: PageCacheHandler}
}

/** Whether this process already has a page cache registered (next.config.ts ran in it). */
export function pageCacheHandlerRegistered(): boolean {
  return Boolean(slots[NEXT_CACHE_HANDLERS]?.FetchCache)
}
