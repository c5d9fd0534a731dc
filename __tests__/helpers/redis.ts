import {spawn} from 'node:child_process'
import {once} from 'node:events'
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe} from '@jest/globals'
import {redisServerInstalled, startRedisServer, type RedisServer} from '../../bench/lib/redis-server.ts'
import type PageCacheHandler from '../../lib/cache/page-cache-handler.ts'
import {pageCacheIn} from './page-cache.ts'

// The tests start the same redis-server the benchmark does.
export type TestRedis = RedisServer
export const startTestRedis = startRedisServer

// redis-server hangs at start under libfaketime (its clock calls recurse), so a run with a moved
// clock (.ci/run's second pass) leaves these tests out.
const underFaketime = (process.env.LD_PRELOAD ?? '').includes('faketime')
const installed = !underFaketime && redisServerInstalled()
if (!installed)
  console.warn(
    underFaketime
      ? 'the clock is moved with libfaketime, under which redis-server hangs: the tests of what several instances share are skipped'
      : 'redis-server is not installed (apt-get install redis-server): the tests of what several instances share are skipped',
  )
/** `describe` for tests that need a real redis-server; skipped, with a warning, on a machine without one. */
export const describeWithRedis = installed ? describe : describe.skip

/** Resolves once `connection` can take commands (at once if it already can). */
export function whenReady(connection: {
  isReady: boolean
  once: (event: 'ready', listener: () => void) => unknown
}): Promise<void> {
  return new Promise((resolve) => (connection.isReady ? resolve() : connection.once('ready', () => resolve())))
}

/** Runs other-instance.ts: `revalidations` happen in another process, as on another instance. */
export async function revalidateOnOtherInstance(url: string, revalidations: string[]): Promise<void> {
  const child = spawn(process.execPath, [path.resolve('__tests__/helpers/other-instance.ts'), url, ...revalidations], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let errors = ''
  child.stderr?.on('data', (chunk) => (errors += chunk))
  const [code] = (await once(child, 'exit')) as [number | null]
  if (code !== 0) throw new Error(`the other instance failed (${code}): ${errors.slice(-400)}`)
}

/**
 * For one test file: this process's page cache handler with REDIS_URL set to a fresh redis-server,
 * over a folder laid out as a build's (`server/`, beside `BUILD_ID`). Everything it starts (Redis,
 * the handler's connection and tag listener, the folder) is ended after the file's tests.
 */
export function pageCacheOnRedis(folderPrefix: string, buildId = 'test-build') {
  let redis: TestRedis
  let root: string
  let Handler: typeof PageCacheHandler
  beforeAll(async () => {
    redis = await startTestRedis()
    root = await mkdtemp(path.join(tmpdir(), folderPrefix))
    await mkdir(path.join(root, 'server'))
    await writeFile(path.join(root, 'BUILD_ID'), buildId)
    process.env.REDIS_URL = redis.url
    Handler = (await import('../../lib/cache/page-cache-handler.ts')).default
    const {sharedRedis} = await import('../../lib/redis/client.ts')
    const connection = sharedRedis(redis.url)
    if (connection) await whenReady(connection)
  })
  afterAll(async () => {
    const {stopListeningForTags} = await import('../../lib/cache/shared-tags.ts')
    stopListeningForTags()
    const {sharedRedis} = await import('../../lib/redis/client.ts')
    sharedRedis(redis.url)?.destroy()
    delete process.env.REDIS_URL
    await redis.stop()
    await rm(root, {recursive: true, force: true})
  })
  return {redisUrl: () => redis.url, pageCache: () => pageCacheIn(Handler, path.join(root, 'server'))}
}
