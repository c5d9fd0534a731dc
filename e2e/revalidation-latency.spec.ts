import {expect, test} from '@playwright/test'
import {lakeClient} from './lake.ts'

// From a mutation acknowledged by the lake to the changed article served fresh by the
// production server, through the signed webhook. Bounded: 20 changes, 15 s each at most. The p95
// of 20 is the 19th: one change in 20 may be slow (one CI run saw one stay stale for over 5 s,
// cause not found), and its time is still printed with the rest.
const CHANGES = 20
const SLUG = 'why-a-bipoc-group-matters'

test('a change reaches its article page within 2 seconds (p95 over 20 changes)', async ({request}) => {
  test.setTimeout(90_000)
  const original = await lakeClient.getDocument(`post-${SLUG}`)
  const latencies: number[] = []
  try {
    for (let i = 0; i < CHANGES; i++) {
      const marker = `Latency marker ${Date.now()}-${i}`
      await lakeClient.patch(`post-${SLUG}`).set({excerpt: marker}).commit()
      const committed = performance.now()
      await expect
        .poll(async () => (await (await request.get(`/blog/${SLUG}`)).text()).includes(marker), {
          timeout: 15_000,
          intervals: [50],
        })
        .toBe(true)
      latencies.push(performance.now() - committed)
    }
  } finally {
    await lakeClient.patch(`post-${SLUG}`).set({excerpt: original?.excerpt}).commit()
  }
  latencies.sort((a, b) => a - b)
  const p50 = latencies[Math.floor(latencies.length * 0.5)]
  const p95 = latencies[Math.min(latencies.length - 1, Math.ceil(latencies.length * 0.95) - 1)]
  const slowest = latencies[latencies.length - 1]
  console.log(
    `revalidation latency over ${CHANGES} changes: p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, slowest ${slowest.toFixed(0)} ms`,
  )
  expect(p95).toBeLessThan(2_000)
})
