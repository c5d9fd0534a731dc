import {describe, expect, it} from '@jest/globals'
import {clientAddress} from '../../../lib/contact/client-address'
import {RateLimiter} from '../../../lib/contact/rate-limit'

describe('RateLimiter', () => {
  it('allows a fixed number per address in the window, then refuses until it slides on', () => {
    const limiter = new RateLimiter(2, 1000)
    expect([limiter.take('a', 0), limiter.take('a', 10), limiter.take('a', 20)]).toEqual([true, true, false])
    expect(limiter.take('b', 20)).toBe(true)
    expect(limiter.take('a', 1005)).toBe(true)
  })
})

describe('clientAddress', () => {
  it('takes the first forwarded address, then x-real-ip', () => {
    expect(clientAddress(new Headers({'x-forwarded-for': '203.0.113.7, 10.0.0.1'}))).toBe('203.0.113.7')
    expect(clientAddress(new Headers({'x-real-ip': '198.51.100.2'}))).toBe('198.51.100.2')
    expect(clientAddress(new Headers())).toBe('unknown')
  })
})
