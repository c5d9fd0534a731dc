import {spawn} from 'node:child_process'
import {once} from 'node:events'
import path from 'node:path'
import {describe} from '@jest/globals'
import {redisServerInstalled, startRedisServer, type RedisServer} from '../../bench/lib/redis-server'

// The tests start the same redis-server the benchmark does.
export type TestRedis = RedisServer
export const startTestRedis = startRedisServer

const installed = redisServerInstalled()
if (!installed) console.warn('redis-server is not installed (apt-get install redis-server): the tests of what several instances share are skipped')
/** `describe` for tests that need a real redis-server; skipped, with a warning, on a machine without one. */
export const describeWithRedis = installed ? describe : describe.skip

/** Resolves once `connection` can take commands (at once if it already can). */
export function whenReady(connection: {isReady: boolean; once: (event: 'ready', listener: () => void) => unknown}): Promise<void> {
  return new Promise((resolve) => (connection.isReady ? resolve() : connection.once('ready', () => resolve())))
}

/** Runs other-instance.ts: `revalidations` happen in another process, as on another instance. */
export async function revalidateOnOtherInstance(url: string, revalidations: string[]): Promise<void> {
  const child = spawn(process.execPath, [path.resolve('__tests__/helpers/other-instance.ts'), url, ...revalidations], {stdio: ['ignore', 'ignore', 'pipe']})
  let errors = ''
  child.stderr?.on('data', (chunk) => (errors += chunk))
  const [code] = (await once(child, 'exit')) as [number | null]
  if (code !== 0) throw new Error(`the other instance failed (${code}): ${errors.slice(-400)}`)
}
