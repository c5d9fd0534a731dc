import {connection, NextResponse} from 'next/server'
import {redisReady, sharedRedis} from '../../../../lib/redis/client.ts'
import {serverEnv} from '../../../../lib/server-env.ts'

// Readiness: this instance should get requests. It answers at all only once its build is loaded;
// with REDIS_URL it also needs Redis, which every instance shares (caches, the form's rate
// limit). The Content Lake is not asked: with it down, the instance still serves its cached
// pages.
export async function GET() {
  await connection()
  const redis = sharedRedis(serverEnv.redisUrl)
  const state = redis ? ((await redisReady(redis)) ? 'connected' : 'unreachable') : 'not configured'
  const ready = state !== 'unreachable'
  return NextResponse.json(
    {status: ready ? 'ready' : 'not ready', redis: state},
    {status: ready ? 200 : 503, headers: {'cache-control': 'no-store'}},
  )
}
