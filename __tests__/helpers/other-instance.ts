// Another instance of the site, in a process of its own, for tests of what crosses through Redis
// (Next's tag map is one per process, so a second instance cannot live in the test's process).
// It revalidates tags through the site's `'use cache'` handler, as a webhook on that instance
// would, then exits. Usage: node other-instance.ts <redis-url> stale:<tag>|expire:<tag>...
import DefaultHandlerModule from 'next/dist/server/lib/cache-handlers/default.js'
import {createRedisDataCache} from '../../lib/cache/redis-data-cache.ts'
import {connectRedis} from '../../lib/redis/client.ts'

type DefaultHandlerExports = typeof import('next/dist/server/lib/cache-handlers/default.js')
const imported = DefaultHandlerModule as unknown as DefaultHandlerExports | {default: DefaultHandlerExports}
const {createDefaultCacheHandler} = 'createDefaultCacheHandler' in imported ? imported : imported.default

const [url, ...revalidations] = process.argv.slice(2)
const connection = connectRedis(url, () => undefined)
await new Promise<void>((resolve) => (connection.isReady ? resolve() : connection.once('ready', () => resolve())))
const cache = createRedisDataCache(connection, createDefaultCacheHandler(1024 * 1024))
for (const revalidation of revalidations) {
  const [kind, tag] = revalidation.split(':')
  // revalidateTag(tag, 'max') marks stale (durations given); revalidateTag(tag, {expire: 0}) expires.
  await cache.updateTags([tag], kind === 'stale' ? {} : undefined)
}
connection.destroy()
