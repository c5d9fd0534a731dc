import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {pageCacheIn, pageContext, storedPage} from '../../helpers/page-cache'
import {waitFor} from '../../helpers/process'
import {describeWithRedis, revalidateOnOtherInstance, startTestRedis, whenReady, type TestRedis} from '../../helpers/redis'

// The page cache with REDIS_URL set: a revalidation made on one instance reaches another's
// stored pages. Next's tag map is one per process, so revalidations come from a process of their own.
let redis: TestRedis
let dir: string
let PageCacheHandler: typeof import('../../../lib/cache/page-cache-handler').default

beforeAll(async () => {
  redis = await startTestRedis()
  dir = await mkdtemp(path.join(tmpdir(), 'shared-page-cache-'))
  process.env.REDIS_URL = redis.url
  PageCacheHandler = (await import('../../../lib/cache/page-cache-handler')).default
})
afterAll(async () => {
  const {stopListeningForTags} = await import('../../../lib/cache/shared-tags')
  stopListeningForTags()
  const {sharedRedis} = await import('../../../lib/redis/client')
  sharedRedis(redis.url)?.destroy()
  delete process.env.REDIS_URL
  await redis.stop()
  await rm(dir, {recursive: true, force: true})
})

const pageCache = () => pageCacheIn(PageCacheHandler, dir)
const page = storedPage('post:list,feed', '<p>feed</p>')

describeWithRedis('page cache tag state shared through Redis', () => {
  it("a tag expired on another instance makes this instance's stored page miss", async () => {
    const b = pageCache()
    const {sharedRedis} = await import('../../../lib/redis/client')
    const connection = sharedRedis(redis.url)
    if (connection) await whenReady(connection)
    await b.set('/feed', page as never, {cacheControl: {revalidate: false, expire: undefined}} as never)
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(await b.get('/feed', pageContext as never)).not.toBeNull()

    await revalidateOnOtherInstance(redis.url, ['expire:feed'])
    await waitFor(async () => (await b.get('/feed', pageContext as never)) === null, 2_000, 'the page to miss')
  })

  it('without Redis between them, the same revalidation leaves the stored page in place', async () => {
    const b = pageCache()
    await b.set('/rss', storedPage('rss-only') as never, {cacheControl: {revalidate: false, expire: undefined}} as never)
    await new Promise((resolve) => setTimeout(resolve, 5))
    const elsewhere = await startTestRedis()
    try {
      await revalidateOnOtherInstance(elsewhere.url, ['expire:rss-only'])
    } finally {
      await elsewhere.stop()
    }
    expect(await b.get('/rss', pageContext as never)).not.toBeNull()
  })
})
