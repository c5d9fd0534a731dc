import {RateLimiterMemory, RateLimiterRedis, RateLimiterRes} from 'rate-limiter-flexible'
import {redisReady, redisWithin, type SharedRedis} from '../redis/client.ts'

export type RateLimiter = {
  /** Records an attempt for `key`; false when the key has used its attempts in this window. */
  take(key: string): Promise<boolean>
}

export type RateLimiterOptions = {limit: number; windowMs: number; keyPrefix: string; redis?: SharedRedis}

/**
 * A fixed number of attempts per key per window (rate-limiter-flexible). With Redis the counts
 * are shared by every instance of the site, so a second server is no way around the limit; while
 * Redis is unreachable each instance counts in its own memory (the library's insurance limiter).
 */
export function createRateLimiter({limit, windowMs, keyPrefix, redis}: RateLimiterOptions): RateLimiter {
  const window = {points: limit, duration: Math.ceil(windowMs / 1000), keyPrefix}
  const memory = new RateLimiterMemory(window)
  const limiter = redis
    ? new RateLimiterRedis({
        ...window,
        storeClient: redis,
        useRedisPackage: true,
        rejectIfRedisNotReady: true,
        insuranceLimiter: memory,
      })
    : memory
  // The insurance limiter covers a Redis that is down; this covers one that is up but not
  // answering, which would otherwise hold the visitor's request until it did.
  const consume = async (key: string) => {
    if (limiter === memory || !redis || !(await redisReady(redis))) return memory.consume(key)
    return redisWithin(limiter.consume(key)).catch((error: unknown) => {
      if (error instanceof RateLimiterRes) throw error
      return memory.consume(key)
    })
  }
  return {
    async take(key) {
      try {
        await consume(key)
        return true
      } catch (error) {
        if (error instanceof RateLimiterRes) return false
        // Neither store answered: letting a visitor ask for help beats refusing everyone.
        console.error('[rate-limit] could not count an attempt', error)
        return true
      }
    },
  }
}
