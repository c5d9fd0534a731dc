import {readFileSync} from 'node:fs'
import path from 'node:path'
import {deserialize, serialize} from 'node:v8'
import {RESP_TYPES} from 'redis'
import {redisWithin, type SharedRedis} from '../redis/client.ts'

/**
 * Rendered pages and route answers shared by every instance of one build, so a page that changed
 * is rendered by one instance and served by all. An entry is Next's own page-cache entry
 * (`{lastModified, value, cacheControl}`, with the HTML, RSC payload and segment buffers),
 * serialised by Node's structured clone (node:v8), which keeps Buffers and Maps as they are.
 *
 * Each page is one Redis hash: `at` (its lastModified, a few bytes) and `entry`. A read asks for
 * `at` first and fetches the entry only when it is newer than this instance's own copy, so a page
 * every instance already holds costs one small round trip, not its size.
 */
export type SharedPage = {lastModified: number; value: unknown; cacheControl?: unknown}

const PREFIX = 'resilient-mind:next-pages:'
// Pages Next keeps for ever still leave Redis after a month unread.
const MAX_TTL_MS = 30 * 24 * 60 * 60 * 1000

/** The build's id: pages of one build are never served by an instance of another. */
export function buildIdOf(serverDistDir: string | undefined): string | null {
  if (!serverDistDir) return null
  try {
    return readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim() || null
  } catch {
    return null
  }
}

const keyOf = (buildId: string, cacheKey: string) => `${PREFIX}${buildId}:${cacheKey}`

/** The shared copy of a page if it is newer than `localModified`; null otherwise. */
export async function readNewerPage(
  redis: SharedRedis,
  buildId: string,
  cacheKey: string,
  localModified: number,
): Promise<SharedPage | null> {
  const key = keyOf(buildId, cacheKey)
  const at = Number(await redisWithin(redis.hGet(key, 'at')))
  if (!Number.isFinite(at) || at <= localModified) return null
  const bytes = await redisWithin(redis.withTypeMapping({[RESP_TYPES.BLOB_STRING]: Buffer}).hGet(key, 'entry'))
  if (!bytes) return null
  const page = deserialize(bytes) as SharedPage
  return typeof page?.lastModified === 'number' ? page : null
}

/** Stores `page` for every instance, unless a newer copy is already there. */
export async function storePage(
  redis: SharedRedis,
  buildId: string,
  cacheKey: string,
  page: SharedPage,
  expireSeconds?: number,
): Promise<void> {
  const key = keyOf(buildId, cacheKey)
  const ttlMs = Math.min(
    expireSeconds && Number.isFinite(expireSeconds) ? expireSeconds * 1000 : MAX_TTL_MS,
    MAX_TTL_MS,
  )
  await redisWithin(
    redis.eval(STORE_IF_NEWER, {
      keys: [key],
      arguments: [String(page.lastModified), serialize(page), String(Math.ceil(ttlMs))],
    }),
  )
}

// Two instances may render the same change; the later render wins, in one step where the value lives.
const STORE_IF_NEWER = `local current = tonumber(redis.call('HGET', KEYS[1], 'at') or '0')
if tonumber(ARGV[1]) <= current then return 0 end
redis.call('HSET', KEYS[1], 'at', ARGV[1], 'entry', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1`
