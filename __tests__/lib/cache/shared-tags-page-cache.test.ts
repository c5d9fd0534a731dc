import {expect, it} from '@jest/globals'
import {pageContext, storedPage} from '../../helpers/page-cache.ts'
import {waitFor} from '../../helpers/process.ts'
import {describeWithRedis, pageCacheOnRedis, revalidateOnOtherInstance, startTestRedis} from '../../helpers/redis.ts'

// The page cache with REDIS_URL set: a revalidation made on one instance reaches another's
// stored pages. Next's tag map is one per process, so revalidations come from a process of their own.
const {redisUrl, pageCache} = pageCacheOnRedis('shared-page-cache-')
const page = storedPage('post:list,feed', '<p>feed</p>')

describeWithRedis('page cache tag state shared through Redis', () => {
  it("a tag expired on another instance makes this instance's stored page miss", async () => {
    const b = pageCache()
    await b.set('/feed', page as never, {cacheControl: {revalidate: false, expire: undefined}} as never)
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(await b.get('/feed', pageContext as never)).not.toBeNull()

    await revalidateOnOtherInstance(redisUrl(), ['expire:feed'])
    await waitFor(async () => (await b.get('/feed', pageContext as never)) === null, 2_000, 'the page to miss')
  })

  it('without Redis between them, the same revalidation leaves the stored page in place', async () => {
    const b = pageCache()
    await b.set(
      '/rss',
      storedPage('rss-only') as never,
      {cacheControl: {revalidate: false, expire: undefined}} as never,
    )
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
