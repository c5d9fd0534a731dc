// Another instance of the site, in a process of its own, for tests of what crosses through Redis
// (Next's tag map is one per process, so a second instance cannot live in the test's process).
// It revalidates tags through the site's `'use cache'` handler, as a webhook on that instance
// would, or stores a rendered page through the site's page cache handler, then exits.
// Usage: node other-instance.ts <redis-url> (stale:<tag> | expire:<tag> | page|<build id>|<path>|<html>)...
import {mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import DefaultHandlerModule from 'next/dist/server/lib/cache-handlers/default.js'
import {createRedisDataCache} from '../../lib/cache/redis-data-cache.ts'
import {connectRedis, sharedRedis} from '../../lib/redis/client.ts'
import {pageCacheIn, storedPage} from './page-cache.ts'

type DefaultHandlerExports = typeof import('next/dist/server/lib/cache-handlers/default.js')
const imported = DefaultHandlerModule as unknown as DefaultHandlerExports | {default: DefaultHandlerExports}
const {createDefaultCacheHandler} = 'createDefaultCacheHandler' in imported ? imported : imported.default

const [url, ...revalidations] = process.argv.slice(2)
const connection = connectRedis(url, () => undefined)
await new Promise<void>((resolve) => (connection.isReady ? resolve() : connection.once('ready', () => resolve())))
const cache = createRedisDataCache(connection, createDefaultCacheHandler(1024 * 1024))
let storedPages = false

/** Renders nothing: stores `html` as the page at `cacheKey`, as this instance's render would. */
async function storeRenderedPage(buildId: string, cacheKey: string, html: string): Promise<void> {
  process.env.REDIS_URL = url
  storedPages = true
  const {default: PageCacheHandler} = await import('../../lib/cache/page-cache-handler.ts')
  const root = await mkdtemp(path.join(tmpdir(), 'other-instance-'))
  try {
    await mkdir(path.join(root, 'server'))
    await writeFile(path.join(root, 'BUILD_ID'), buildId)
    await pageCacheIn(PageCacheHandler, path.join(root, 'server')).set(
      cacheKey,
      storedPage('post:list', html) as never,
      {cacheControl: {revalidate: false, expire: undefined}} as never,
    )
  } finally {
    await rm(root, {recursive: true, force: true})
  }
}

for (const revalidation of revalidations) {
  if (revalidation.startsWith('page|')) {
    const [, buildId, cacheKey, html] = revalidation.split('|')
    await storeRenderedPage(buildId, cacheKey, html)
    continue
  }
  const [kind, tag] = revalidation.split(':')
  // revalidateTag(tag, 'max') marks stale (durations given); revalidateTag(tag, {expire: 0}) expires.
  await cache.updateTags([tag], kind === 'stale' ? {} : undefined)
}
connection.destroy()
// The page cache handler's own connection, made when the first page was stored.
if (storedPages) sharedRedis(url)?.destroy()
