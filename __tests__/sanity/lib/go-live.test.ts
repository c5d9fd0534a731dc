import {afterAll, beforeAll, describe, expect, it, jest} from '@jest/globals'
import {startTestLake, type TestLake} from '../../helpers/lake.ts'
import {startGoLiveReceiver, type GoLiveReceiver} from '../../helpers/go-live-receiver.ts'

let t: TestLake
let site: GoLiveReceiver
let passDueGoLive: () => Promise<void>
let goLiveHandledThrough: () => number
let getGoLiveSchedule: typeof import('../../../sanity/lib/go-live-schedule.ts').getGoLiveSchedule
let GO_LIVE_SCHEDULE_TTL_MS: number

beforeAll(async () => {
  t = await startTestLake()
  // The gate calls /api/go-live on its own server; here a receiver stands in for the route.
  site = await startGoLiveReceiver()
  process.env.LAKE_PORT = String(t.lake.port)
  process.env.PORT = String(site.port)
  // Pages "built" now: go-lives before this are already on them.
  process.env.SITE_BUILT_AT = String(Date.now())
  ;({passDueGoLive, goLiveHandledThrough} = await import('../../../sanity/lib/go-live.ts'))
  ;({getGoLiveSchedule, GO_LIVE_SCHEDULE_TTL_MS} = await import('../../../sanity/lib/go-live-schedule.ts'))
})
afterAll(async () => {
  await site.close()
  await t.stop()
})

/** A published post that goes live at `at`. */
const schedulePost = (slug: string, at: number) =>
  t.client.create({
    _id: `post-${slug}`,
    _type: 'post',
    title: slug,
    slug: {_type: 'slug', current: slug},
    publishedAt: new Date(at).toISOString(),
  })

// What the page cache awaits before every read of a page (lib/cache/go-live-gate.ts).
describe('passDueGoLive', () => {
  it('expires the post tags once, on the first read after a post goes live', async () => {
    const calls = site.calls.length
    const goLive = Date.now() + 2_500
    await schedulePost('goes-live', goLive)
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    await passDueGoLive()
    expect(site.calls.length).toBe(calls)
    await new Promise((resolve) => setTimeout(resolve, goLive - Date.now() + 1_000))
    // Several reads at once: one go-live call, and each read goes on only once it is done.
    const handledWhenEachWentOn = await Promise.all(
      [1, 2, 3].map(() => passDueGoLive().then(() => goLiveHandledThrough())),
    )
    expect(handledWhenEachWentOn.every((handled) => handled >= goLive)).toBe(true)
    expect(site.calls.slice(calls)).toHaveLength(1)
    expect(site.calls.at(-1)?.validSignature).toBe(true)
    expect(goLiveHandledThrough()).toBeGreaterThanOrEqual(goLive)
    await passDueGoLive()
    expect(site.calls.slice(calls)).toHaveLength(1)
  })

  it('passes a go-live on the first read after it, even when the last read came before the post was scheduled', async () => {
    // A quiet site: the copy of the schedule was fetched before the post was scheduled, and no
    // request comes between the scheduling and the go-live.
    await getGoLiveSchedule({since: goLiveHandledThrough(), maxAgeMs: 0, fresh: true})
    const fetchedAt = Date.now()
    const calls = site.calls.length
    const goLive = fetchedAt + 2_000
    await schedulePost('goes-live-on-a-quiet-site', goLive)
    await new Promise((resolve) => setTimeout(resolve, fetchedAt + GO_LIVE_SCHEDULE_TTL_MS + 500 - Date.now()))
    await passDueGoLive()
    expect(site.calls.slice(calls)).toHaveLength(1)
    expect(goLiveHandledThrough()).toBeGreaterThanOrEqual(goLive)
  }, 20_000)

  it('tries a go-live again when the site could not expire the tags', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    site.failNext(1)
    const calls = site.calls.length
    const goLive = Date.now() + 1_500
    await schedulePost('goes-live-later', goLive)
    await getGoLiveSchedule({since: goLiveHandledThrough(), maxAgeMs: 0, fresh: true})
    await new Promise((resolve) => setTimeout(resolve, goLive - Date.now() + 1_000))
    await passDueGoLive()
    expect(goLiveHandledThrough()).toBeLessThan(goLive)
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    await passDueGoLive()
    expect(site.calls.slice(calls)).toHaveLength(2)
    expect(goLiveHandledThrough()).toBeGreaterThanOrEqual(goLive)
    errors.mockRestore()
  })

  it('does nothing while the Content Lake cannot be asked', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const calls = site.calls.length
    await schedulePost('due-while-the-lake-is-down', Date.now() + 1_000)
    await getGoLiveSchedule({since: goLiveHandledThrough(), maxAgeMs: 0, fresh: true})
    await t.lake.close()
    await new Promise((resolve) => setTimeout(resolve, 2_100))
    await passDueGoLive()
    expect(site.calls.slice(calls)).toHaveLength(0)
    errors.mockRestore()
  })
})
