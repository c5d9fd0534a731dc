// Next's page cache (registered by next.config.ts through register-page-cache.ts): its own
// file-system cache, with two changes. With REDIS_URL, pages are shared by every instance
// (below). And a page or route whose go-live tag went stale since it was stored (a scheduled
// post's time has come) is rendered again before the request is answered, instead of the stale
// copy being served while it regenerates.
//
// Why: a scheduled post must be on every page from the first request after its time
// (sanity/lib/go-live.ts). Next offers two tag profiles and neither does that here: 'max' serves
// one stale copy first, and `{expire: 0}` makes the file-system cache drop the entry, which on
// routes with dynamic segments (/blog/[slug]) serves the empty fallback shell and renders per
// request (vercel/next.js#97457). An entry reported with `lastModified: -1` is what Next's
// incremental cache treats as "past its expiry, revalidate before responding" (isStale -1).
// Other changes (the content webhook) keep Next's one stale copy: a blocking render that fails,
// with the Content Lake down, would answer with an error where the stale copy still serves.
// Next 16.4 has no public hook for this; the file-system cache and the tags manifest are its
// private modules (lib/cache/next-internals.ts).
import {utimes} from 'node:fs/promises'
import {withRedirectLocation} from './cached-redirect.ts'
import {redisReady, sharedRedis} from '../redis/client.ts'
import {passGoLiveGate} from './go-live-gate.ts'
import {madeBeforeGoLive} from './made-before-go-live.ts'
import {madeByStrangers} from './made-by-strangers.ts'
import {areTagsExpired, areTagsStale, FileSystemCache, type FileSystemCacheClass} from './next-internals.ts'
import {noteRenderStart, takeRenderStart} from './render-start.ts'
import {renderedWithHoles} from './rendered-with-holes.ts'
import {buildIdOf, readNewerPage, storePage, type SharedPage} from './shared-pages.ts'
import {pullTagsRecent, shareTags} from './shared-tags.ts'

type Entry = Awaited<ReturnType<InstanceType<FileSystemCacheClass>['get']>>
const TAGS_HEADER = 'x-next-cache-tags'

function tagsOf(entry: {value: unknown}): string[] {
  const value = entry.value as {headers?: Record<string, unknown>} | null
  const header = value?.headers?.[TAGS_HEADER]
  return typeof header === 'string' ? header.split(',') : []
}

// The file-system cache's own rule for its entries, applied to one from Redis.
const expiredByTags = (page: SharedPage) => areTagsExpired(tagsOf(page), page.lastModified)

// With REDIS_URL, tag revalidations made on any instance apply here too (shared-tags.ts), and
// a page one instance renders is served by the others (shared-pages.ts). Each instance still
// keeps its own copy on disk, from the build on: that is what it serves while Redis is away.
const redis = sharedRedis(process.env.REDIS_URL)
// Rendered pages and route responses (the feed, the sitemap), as against fetches and images.
const PAGE_KINDS = new Set(['APP_PAGE', 'APP_ROUTE'])
type PageKind = 'APP_PAGE' | 'APP_ROUTE'
const isPageKind = (kind: string | undefined): kind is PageKind => kind !== undefined && PAGE_KINDS.has(kind)

type SetArgs = Parameters<InstanceType<FileSystemCacheClass>['set']>
type MemoryCache = {get(key: string): SharedPage | undefined; set(key: string, entry: SharedPage): void}
// Where the file-system cache writes an entry's files (its own method, private in its types).
type FilePaths = {getFilePath(file: string, kind: PageKind): string}
// Next's in-memory copy of the file-system cache (one per process): a page taken from Redis is
// put there, so the next read of it is local until something newer appears.
const memoryCache = () => (FileSystemCache as unknown as {memoryCache?: MemoryCache}).memoryCache

export default class PageCacheHandler extends FileSystemCache {
  private readonly buildId: string | null

  constructor(...args: ConstructorParameters<FileSystemCacheClass>) {
    super(...args)
    this.buildId = redis ? buildIdOf(args[0].serverDistDir) : null
  }

  async set(...args: SetArgs): Promise<void> {
    const [key, , ctx] = args
    const data = withRedirectLocation(args[1])
    args[1] = data
    const renderStart = takeRenderStart(key)
    if (renderedWithHoles(data, 'isFallback' in ctx ? ctx.isFallback : undefined)) {
      console.warn(`[cache] not storing ${key}: rendered with parts left for each request (rendered-with-holes.ts)`)
      return
    }
    if (madeByStrangers(key, data)) {
      // What the file-system cache keeps in memory, without its files (made-by-strangers.ts).
      const cacheControl = ctx.fetchCache ? undefined : ctx.cacheControl
      memoryCache()?.set(key, {value: data, lastModified: renderStart ?? Date.now(), cacheControl})
      return
    }
    await super.set(...args)
    // The very entry Next keeps in memory, dated by when its render began (render-start.ts), and
    // its copy on disk too, which is read after a restart or once memory drops the entry.
    const stored = memoryCache()?.get(key)
    const pageKind = data && isPageKind(data.kind) ? data.kind : null
    if (stored && renderStart !== undefined) {
      stored.lastModified = Math.min(stored.lastModified, renderStart)
      if (pageKind) await this.backdateFile(key, pageKind, renderStart)
    }
    if (!redis || !this.buildId || !pageKind || ctx.fetchCache || ctx.isFallback) return
    if (!stored || !(await redisReady(redis))) return
    const expire = ctx.cacheControl?.expire
    await storePage(redis, this.buildId, key, stored, expire).catch(() => undefined)
  }

  // The file-system cache dates a copy it reads from disk by its main file's modification time
  // (the HTML, or a route's body), so the file takes the render's start as that time.
  private async backdateFile(key: string, kind: PageKind, renderStart: number): Promise<void> {
    const file = (this as unknown as FilePaths).getFilePath(kind === 'APP_ROUTE' ? `${key}.body` : `${key}.html`, kind)
    const when = new Date(renderStart)
    // No file when Next keeps pages in memory only (flushToDisk off): nothing to date.
    await utimes(file, when, when).catch(() => undefined)
  }

  async revalidateTag(...args: Parameters<InstanceType<FileSystemCacheClass>['revalidateTag']>): Promise<void> {
    await super.revalidateTag(...args)
    const [tags] = args
    if (redis) await shareTags(redis, typeof tags === 'string' ? [tags] : tags)
  }

  async get(...args: Parameters<InstanceType<FileSystemCacheClass>['get']>): Promise<Entry> {
    const [key, ctx] = args
    // A scheduled post whose time has come is passed before any page is read, so this read
    // already finds the pages that show posts stale (sanity/lib/go-live.ts).
    if (PAGE_KINDS.has(ctx.kind)) await passGoLiveGate()
    const shared = redis && (await redisReady(redis)) ? redis : undefined
    if (shared) await pullTagsRecent(shared)
    let entry = await super.get(...args)
    if (shared && this.buildId && PAGE_KINDS.has(ctx.kind)) {
      const newer = await readNewerPage(shared, this.buildId, key, entry?.lastModified ?? 0).catch(() => null)
      if (newer && !expiredByTags(newer)) {
        memoryCache()?.set(key, newer)
        entry = newer as Entry
      }
    }
    const {answer, rendersNext} = readAnswer(entry)
    if (rendersNext && PAGE_KINDS.has(ctx.kind)) noteRenderStart(key)
    return answer
  }
}

/**
 * The entry as Next should see it (a copy marked for a blocking render when a go-live passed
 * since it was made), and whether Next answers this read by rendering the page, now or after
 * serving the stale copy. Each entry's tags are read once: this runs on every page request.
 */
function readAnswer(entry: Entry): {answer: Entry; rendersNext: boolean} {
  if (!entry || typeof entry.lastModified !== 'number' || entry.lastModified < 0)
    return {answer: entry, rendersNext: true}
  const tags = tagsOf(entry)
  // A copy: the file-system cache keeps the same object in its memory cache.
  if (madeBeforeGoLive(tags, entry.lastModified)) return {answer: {...entry, lastModified: -1}, rendersNext: true}
  const rendersNext = areTagsStale(tags, entry.lastModified) || areTagsExpired(tags, entry.lastModified)
  return {answer: entry, rendersNext}
}
