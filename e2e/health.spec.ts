import {expect, test} from '@playwright/test'
import {startSite} from './site-process.ts'

// What a load balancer or orchestrator asks an instance (app/api/health): live is the process,
// ready is whether it should get requests.
test('an instance is live and ready; a dead Content Lake does not make it unready', async ({request}) => {
  const live = await request.get('/api/health/live')
  expect({status: live.status(), body: await live.json()}).toEqual({status: 200, body: {status: 'live'}})
  const ready = await request.get('/api/health/ready')
  expect({status: ready.status(), body: await ready.json(), cache: ready.headers()['cache-control']}).toEqual({
    status: 200,
    body: {status: 'ready', redis: 'not configured'},
    cache: 'no-store',
  })
})

test('an instance whose Redis cannot be reached is live but not ready, and still serves its pages', async ({
  request,
}) => {
  // Port 9 (discard) has nothing listening on this machine's loopback.
  const site = await startSite(3104, 4110, {REDIS_URL: 'redis://127.0.0.1:9'})
  try {
    const origin = 'http://127.0.0.1:3104'
    expect((await request.get(`${origin}/api/health/live`)).status()).toBe(200)
    const ready = await request.get(`${origin}/api/health/ready`)
    expect({status: ready.status(), body: await ready.json()}).toEqual({
      status: 503,
      body: {status: 'not ready', redis: 'unreachable'},
    })
    expect((await request.get(`${origin}/privacy`)).status()).toBe(200)
  } finally {
    await site.stop()
  }
})
