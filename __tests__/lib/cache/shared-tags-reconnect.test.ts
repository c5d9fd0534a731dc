import {afterAll, beforeAll, expect, it} from '@jest/globals'
import {tagsManifest} from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js'
import {createClient} from 'redis'
import {shareTags} from '../../../lib/cache/shared-tags.ts'
import {connectRedis, type SharedRedis} from '../../../lib/redis/client.ts'
import {waitFor} from '../../helpers/process.ts'
import {describeWithRedis, startTestRedis, whenReady, type TestRedis} from '../../helpers/redis.ts'

// Where pushTags keeps each tag's stale time for the other instances (lib/cache/shared-tags.ts).
const STALE_TIMES = 'resilient-mind:next-tags:stale'

let redis: TestRedis
let instance: SharedRedis
beforeAll(async () => {
  redis = await startTestRedis()
  instance = connectRedis(redis.url, () => undefined)
  await whenReady(instance)
})
afterAll(async () => {
  instance?.destroy()
  await redis?.stop()
})

describeWithRedis('a revalidation made while Redis is away', () => {
  it('reaches Redis, for the other instances, once it is back', async () => {
    await redis.stop()
    await waitFor(async () => !instance.isReady, 5_000, 'the connection to notice Redis is gone')

    const staleAt = Date.now()
    tagsManifest.set('post:while-redis-was-away', {stale: staleAt, expired: staleAt + 31_536_000_000})
    await shareTags(instance, ['post:while-redis-was-away'])

    await redis.start()
    const other = createClient({url: redis.url})
    await other.connect()
    try {
      await waitFor(
        async () => (await other.hGet(STALE_TIMES, 'post:while-redis-was-away')) === String(staleAt),
        10_000,
        'the stale time to reach the restarted Redis',
      )
      expect(await other.hGet(STALE_TIMES, 'post:while-redis-was-away')).toBe(String(staleAt))
    } finally {
      other.destroy()
    }
  })
})
