import {redisWithin, type SharedRedis} from '../redis/client.ts'
import {tagsManifest} from './next-internals.ts'

/**
 * Next keeps each tag's revalidation state (when it went stale, when it expires) in one map per
 * process, which both of its caches read. With several instances, a webhook reaches one of them;
 * these two functions carry that state through Redis so every instance applies the same rules
 * (Next's own areTagsStale / areTagsExpired) to the same times. Each time only ever moves
 * forward, so merging is taking the later one, and a lost race costs nothing.
 */
const KEYS = {stale: 'resilient-mind:next-tags:stale', expired: 'resilient-mind:next-tags:expired'} as const
type Field = keyof typeof KEYS

// Sets a hash field only if the new time is later: the merge, done where the value lives.
const SET_LATER = `for i, tag in ipairs(ARGV) do
  if i % 2 == 1 then
    local current = tonumber(redis.call('HGET', KEYS[1], tag) or '0')
    local next = tonumber(ARGV[i + 1])
    if next > current then redis.call('HSET', KEYS[1], tag, next) end
  end
end
return 1`

type TagTimes = Record<Field, Record<string, string>>
/** Where each revalidation is announced to the other instances. */
export const TAGS_CHANGED_CHANNEL = 'resilient-mind:next-tags:changed'

/** Sends this process's state for `tags` to Redis (after a revalidation here), and tells the others. */
export async function pushTags(redis: SharedRedis, tags: string[]): Promise<void> {
  const times: TagTimes = {stale: {}, expired: {}}
  for (const field of ['stale', 'expired'] as const satisfies Field[]) {
    for (const tag of tags) {
      const time = tagsManifest.get(tag)?.[field]
      if (typeof time === 'number') times[field][tag] = String(time)
    }
    const pairs = Object.entries(times[field]).flat()
    if (pairs.length) await redis.eval(SET_LATER, {keys: [KEYS[field]], arguments: pairs})
  }
  await redis.publish(TAGS_CHANGED_CHANNEL, JSON.stringify(times))
}

/**
 * Sends this process's revalidations of `tags` to the other instances now if Redis takes
 * commands, or else as soon as it does again. Sent only when Redis was ready, a revalidation
 * made while it was away or reconnecting never reached the others, which kept serving the old
 * page until the next change: in the two-instance test, a change made right after Redis
 * restarted stayed on the instance the webhook reached. Never throws; what fails is kept for the
 * next send or reconnection. Sending late is safe: the times only move forward (pushTags).
 */
export async function shareTags(redis: SharedRedis, tags: string[]): Promise<void> {
  for (const tag of tags) state.unshared.add(tag)
  if (redis.isReady) await sendUnshared(redis)
  else sendWhenReady(redis)
}

async function sendUnshared(redis: SharedRedis): Promise<void> {
  const tags = [...state.unshared]
  if (!tags.length) return
  state.unshared.clear()
  try {
    await redisWithin(pushTags(redis, tags))
  } catch {
    for (const tag of tags) state.unshared.add(tag)
    sendWhenReady(redis)
  }
}

function sendWhenReady(redis: SharedRedis): void {
  if (state.sendQueued) return
  state.sendQueued = true
  redis.once('ready', () => {
    state.sendQueued = false
    void sendUnshared(redis)
  })
}

/** Takes the later of each time into this process's map. */
function merge(times: TagTimes): void {
  for (const field of ['stale', 'expired'] as const) {
    for (const [tag, value] of Object.entries(times[field] ?? {})) {
      const time = Number(value)
      const local = tagsManifest.get(tag) ?? {}
      if (Number.isFinite(time) && time > (local[field] ?? 0)) tagsManifest.set(tag, {...local, [field]: time})
    }
  }
}

/** Brings every instance's revalidations into this process's map (before reading a cache). */
export async function pullTags(redis: SharedRedis): Promise<void> {
  const [stale, expired] = await Promise.all([redis.hGetAll(KEYS.stale), redis.hGetAll(KEYS.expired)])
  merge({stale, expired})
}

const PULL_EVERY_MS = 250
const PULL_WHILE_LISTENING_MS = 5_000
// One per process, across the copies of this module Next bundles (both cache handlers, and the proxy's bundle).
const processState = globalThis as typeof globalThis & {
  __sharedTags?: {
    lastPull: {at: number; done: Promise<void>} | null
    listening: boolean
    subscribed: boolean
    everSubscribed: boolean
    subscriber?: SharedRedis
    /** Tags revalidated here that the other instances have not been sent yet (shareTags). */
    unshared: Set<string>
    sendQueued: boolean
  }
}
const state = (processState.__sharedTags ??= {
  lastPull: null,
  listening: false,
  subscribed: false,
  everSubscribed: false,
  unshared: new Set(),
  sendQueued: false,
})

/**
 * Listens for other instances' revalidations, so this process applies one within milliseconds
 * of it rather than at its next pull. Catches up with a full pull each time it (re)subscribes,
 * for whatever was published while it was away.
 */
function listen(redis: SharedRedis): void {
  if (state.subscribed) return
  state.subscribed = true
  const subscriber = redis.duplicate()
  state.subscriber = subscriber
  subscriber.on('error', () => undefined) // the main connection already reports Redis errors
  const stopped = () => (state.listening = false)
  subscriber.on('end', stopped)
  subscriber.on('reconnecting', stopped)
  const subscribe = () =>
    subscriber
      .subscribe(TAGS_CHANGED_CHANNEL, onMessage)
      .then(() => {
        state.everSubscribed = true
        return catchUp(redis)
      })
      .catch(() => undefined)
  // After a reconnection the client subscribes again by itself; then one pull catches up.
  subscriber.on('ready', () => void (state.everSubscribed ? catchUp(redis) : subscribe()))
  subscriber.connect().catch(() => undefined)
}

function onMessage(message: string): void {
  try {
    merge(JSON.parse(message) as TagTimes)
  } catch {
    // Not ours: something else published on the channel.
  }
}

async function catchUp(redis: SharedRedis): Promise<void> {
  const done = redisWithin(pullTags(redis))
  state.lastPull = {at: Date.now(), done: done.catch(() => undefined)}
  await done.then(
    () => (state.listening = true),
    () => undefined,
  )
}

/** Ends the subscription (a test's last step; a server keeps it for its life). */
export function stopListeningForTags(): void {
  state.subscriber?.destroy()
  Object.assign(state, {subscriber: undefined, subscribed: false, everSubscribed: false, listening: false})
}

/** Whether this process hears other instances' revalidations as they happen (for tests and logs). */
export const listeningForTags = () => state.listening

/**
 * What every cache read calls first. While this process listens, there is nothing to do;
 * otherwise (starting up, or the subscription dropped) it pulls at most every 250 ms, so under
 * load one round trip serves every read.
 */
export function pullTagsRecent(redis: SharedRedis): Promise<void> {
  listen(redis)
  const now = Date.now()
  // While listening, a pull now and then still catches a message lost as the subscription reconnected.
  const every = state.listening ? PULL_WHILE_LISTENING_MS : PULL_EVERY_MS
  if (state.lastPull && now - state.lastPull.at < every)
    return state.listening ? Promise.resolve() : state.lastPull.done
  const done = redisWithin(pullTags(redis)).catch(() => undefined)
  state.lastPull = {at: now, done}
  return done
}
