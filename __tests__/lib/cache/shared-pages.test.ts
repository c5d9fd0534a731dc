import {expect, it} from '@jest/globals'
import {pageContext, storedPage} from '../../helpers/page-cache.ts'
import {describeWithRedis, pageCacheOnRedis, revalidateOnOtherInstance} from '../../helpers/redis.ts'

// Rendered pages shared through Redis: what another instance of the same build rendered is
// served here without rendering it again. The other instance is a process of its own
// (Next's page memory is one per process).
const BUILD_ID = 'build-one'
const {redisUrl, pageCache: thisInstance} = pageCacheOnRedis('shared-pages-', BUILD_ID)
const html = async (key: string) => {
  const entry = await thisInstance().get(key, pageContext as never)
  return (entry?.value as {html?: string} | undefined)?.html ?? null
}
const storeHere = (key: string, markup: string) =>
  thisInstance().set(
    key,
    storedPage('post:list', markup) as never,
    {cacheControl: {revalidate: false, expire: undefined}} as never,
  )
const pause = () => new Promise((resolve) => setTimeout(resolve, 5))

describeWithRedis('rendered pages shared through Redis', () => {
  it('serves a page another instance rendered, which this one never had', async () => {
    expect(await html('/blog/only-on-a')).toBeNull()
    await revalidateOnOtherInstance(redisUrl(), [`page|${BUILD_ID}|/blog/only-on-a|<p>rendered on A</p>`])
    expect(await html('/blog/only-on-a')).toBe('<p>rendered on A</p>')
  })

  it("replaces this instance's older copy with the other's newer render, and keeps serving it", async () => {
    await storeHere('/blog/changed', '<p>before the change</p>')
    await pause()
    await revalidateOnOtherInstance(redisUrl(), [`page|${BUILD_ID}|/blog/changed|<p>after the change</p>`])
    expect(await html('/blog/changed')).toBe('<p>after the change</p>')
    expect(await html('/blog/changed')).toBe('<p>after the change</p>')
  })

  it("keeps this instance's copy when it is the newer one", async () => {
    await revalidateOnOtherInstance(redisUrl(), [`page|${BUILD_ID}|/blog/newer-here|<p>older, from A</p>`])
    await pause()
    await storeHere('/blog/newer-here', '<p>newer, from here</p>')
    expect(await html('/blog/newer-here')).toBe('<p>newer, from here</p>')
  })

  it('never serves a page rendered by an instance of another build', async () => {
    await storeHere('/blog/other-build', '<p>this build</p>')
    await pause()
    await revalidateOnOtherInstance(redisUrl(), [`page|build-two|/blog/other-build|<p>another build</p>`])
    expect(await html('/blog/other-build')).toBe('<p>this build</p>')
  })
})
