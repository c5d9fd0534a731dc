import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {clientAddress} from '../../../lib/contact/client-address.ts'
import {createRateLimiter} from '../../../lib/contact/rate-limit.ts'
import {connectRedis, type SharedRedis} from '../../../lib/redis/client.ts'
import {describeWithRedis, startTestRedis, whenReady as ready, type TestRedis} from '../../helpers/redis.ts'

const takeAll = (limiter: ReturnType<typeof createRateLimiter>, key: string, times: number) =>
  Promise.all(Array.from({length: times}, () => limiter.take(key)))

describe('the contact form rate limit in one process (no REDIS_URL)', () => {
  it('allows the limit per address in the window, then refuses; other addresses are unaffected', async () => {
    const limiter = createRateLimiter({limit: 2, windowMs: 60_000, keyPrefix: 'memory-case'})
    expect(await takeAll(limiter, 'a', 3)).toEqual([true, true, false])
    expect(await limiter.take('b')).toBe(true)
  })

  it('allows the address again once its window has passed', async () => {
    const limiter = createRateLimiter({limit: 1, windowMs: 1_000, keyPrefix: 'window-case'})
    expect(await takeAll(limiter, 'a', 2)).toEqual([true, false])
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    expect(await limiter.take('a')).toBe(true)
  })
})

describeWithRedis('the contact form rate limit shared through Redis', () => {
  let redis: TestRedis
  const connections: SharedRedis[] = []
  // Two instances of the site: each has its own connection and its own limiter.
  const instance = (keyPrefix: string) => {
    const connection = connectRedis(redis.url, () => undefined)
    connections.push(connection)
    return createRateLimiter({limit: 3, windowMs: 60_000, keyPrefix, redis: connection})
  }

  beforeAll(async () => {
    redis = await startTestRedis()
  })
  afterAll(async () => {
    for (const connection of connections) connection.destroy()
    await redis.stop()
  })

  it('counts attempts on instance A against instance B', async () => {
    const [a, b] = [instance('shared-case'), instance('shared-case')]
    await Promise.all(connections.map(ready))
    expect(await takeAll(a, '203.0.113.7', 3)).toEqual([true, true, true])
    expect(await b.take('203.0.113.7')).toBe(false)
    expect(await b.take('198.51.100.2')).toBe(true)
  })

  it("counts in Redis from an instance's very first attempt, made while it is still connecting", async () => {
    const [a, b] = [instance('first-case'), instance('first-case')]
    expect(await takeAll(a, '192.0.2.44', 3)).toEqual([true, true, true])
    expect(await b.take('192.0.2.44')).toBe(false)
  })

  it('keeps limiting in memory while Redis is down, never throwing, and shares again once it is back', async () => {
    const a = instance('outage-case')
    const b = instance('outage-case')
    await Promise.all(connections.map(ready))
    await redis.stop()
    expect(await takeAll(a, 'visitor', 4)).toEqual([true, true, true, false])
    await redis.start()
    await Promise.all(connections.slice(-2).map(ready))
    expect(await takeAll(a, 'after', 3)).toEqual([true, true, true])
    expect(await b.take('after')).toBe(false)
  })

  it('with Redis up but not answering, counts in memory rather than holding the request', async () => {
    const a = instance('stall-case')
    const staller = connectRedis(redis.url, () => undefined)
    connections.push(staller)
    await Promise.all(connections.map(ready))
    // Redis answers nothing for a second.
    const stalled = staller.sendCommand(['DEBUG', 'SLEEP', '1']).then(() => 'redis answered again' as const)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(await Promise.race([takeAll(a, 'stalled', 4), stalled])).toEqual([true, true, true, false])
    await stalled
  })
})

describe('clientAddress', () => {
  it('takes the first forwarded address, then x-real-ip', () => {
    expect(clientAddress(new Headers({'x-forwarded-for': '203.0.113.7, 10.0.0.1'}))).toBe('203.0.113.7')
    expect(clientAddress(new Headers({'x-real-ip': '198.51.100.2'}))).toBe('198.51.100.2')
    expect(clientAddress(new Headers())).toBe('unknown')
  })
})
