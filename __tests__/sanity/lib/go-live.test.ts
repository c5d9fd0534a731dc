import {afterAll, beforeAll, describe, expect, it, jest} from '@jest/globals'
import {goLivePassedAt} from '../../../lib/cache/go-live-gate.ts'
import {madeBeforeGoLive} from '../../../lib/cache/made-before-go-live.ts'
import {GO_LIVE_TAG} from '../../../lib/cache/go-live-tag.ts'
import {startTestLake, type TestLake} from '../../helpers/lake.ts'

let t: TestLake
let passDueGoLive: () => Promise<void>
let goLiveHandledThrough: () => number
let getGoLiveSchedule: typeof import('../../../sanity/lib/go-live-schedule.ts').getGoLiveSchedule
let GO_LIVE_SCHEDULE_TTL_MS: number

beforeAll(async () => {
  t = await startTestLake()
  process.env.LAKE_PORT = String(t.lake.port)
  // Pages "built" now: go-lives before this are already on them.
  process.env.SITE_BUILT_AT = String(Date.now())
  ;({passDueGoLive, goLiveHandledThrough} = await import('../../../sanity/lib/go-live.ts'))
  ;({getGoLiveSchedule, GO_LIVE_SCHEDULE_TTL_MS} = await import('../../../sanity/lib/go-live-schedule.ts'))
})
afterAll(() => t.stop())

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))

/** A published post that goes live at `at`. */
const schedulePost = (slug: string, at: number) =>
  t.client.create({
    _id: `post-${slug}`,
    _type: 'post',
    title: slug,
    slug: {_type: 'slug', current: slug},
    publishedAt: new Date(at).toISOString(),
  })

// What both cache handlers await before they read (lib/cache/go-live-gate.ts).
describe('passDueGoLive', () => {
  it('moves the go-live clock on the first read after a post goes live, so what was made before is stale', async () => {
    const goLive = Date.now() + 2_500
    await schedulePost('goes-live', goLive)
    await sleep(1_100)
    await passDueGoLive()
    const before = goLivePassedAt()
    expect(before).toBeLessThan(goLive)
    const madeJustBefore = goLive - 500
    expect(madeBeforeGoLive([GO_LIVE_TAG], madeJustBefore)).toBe(false)
    await sleep(goLive - Date.now() + 1_000)
    // Several reads at once: each goes on only once the go-live is passed.
    const passedWhenEachWentOn = await Promise.all([1, 2, 3].map(() => passDueGoLive().then(() => goLivePassedAt())))
    expect(passedWhenEachWentOn.every((passed) => passed >= goLive)).toBe(true)
    expect(goLiveHandledThrough()).toBeGreaterThanOrEqual(goLive)
    expect(madeBeforeGoLive([GO_LIVE_TAG], madeJustBefore)).toBe(true)
    // Entries that show nothing dated, or were made after, stay fresh.
    expect(madeBeforeGoLive(['settings'], madeJustBefore)).toBe(false)
    expect(madeBeforeGoLive([GO_LIVE_TAG], goLivePassedAt())).toBe(false)
  })

  it('passes a go-live on the first read after it, even when the last read came before the post was scheduled', async () => {
    // A quiet site: the copy of the schedule was fetched before the post was scheduled, and no
    // request comes between the scheduling and the go-live.
    await getGoLiveSchedule({since: goLiveHandledThrough(), maxAgeMs: 0, fresh: true})
    const fetchedAt = Date.now()
    const goLive = fetchedAt + 2_000
    await schedulePost('goes-live-on-a-quiet-site', goLive)
    await sleep(fetchedAt + GO_LIVE_SCHEDULE_TTL_MS + 500 - Date.now())
    await passDueGoLive()
    expect(goLivePassedAt()).toBeGreaterThanOrEqual(goLive)
  }, 20_000)

  it('does nothing while the Content Lake cannot be asked', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const passed = goLivePassedAt()
    await schedulePost('due-while-the-lake-is-down', Date.now() + 1_000)
    await getGoLiveSchedule({since: goLiveHandledThrough(), maxAgeMs: 0, fresh: true})
    await t.lake.close()
    await sleep(2_100)
    await passDueGoLive()
    expect(goLivePassedAt()).toBe(passed)
    errors.mockRestore()
  })
})
