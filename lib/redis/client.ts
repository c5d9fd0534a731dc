import {createClient} from 'redis'

const RECONNECT_MAX_MS = 2_000
const ERROR_LOG_EVERY_MS = 30_000

/**
 * One Redis connection per server process, for what several instances of the site share (the
 * contact form's rate limit, and the caches). It never fails a request: commands sent while it
 * is down fail at once instead of queueing (`disableOfflineQueue`), so each caller falls back to
 * what it has in memory, and it keeps reconnecting in the background until Redis is back.
 */
export function connectRedis(url: string, log: (message: string) => void = console.error) {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 1_000,
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, RECONNECT_MAX_MS),
    },
  })
  let lastLogged = 0
  // Without a listener, a connection error would be thrown and stop the server.
  client.on('error', (error: Error) => {
    const now = Date.now()
    if (now - lastLogged < ERROR_LOG_EVERY_MS) return
    lastLogged = now
    log(`[redis] ${error.message}; serving from this instance's memory until it is back`)
  })
  firstConnections.set(
    client,
    client.connect().then(
      () => true,
      () => false,
    ),
  )
  return client
}

// Kept on the process rather than in this module: the module is loaded more than once per
// process (next.config.ts loads the page cache, Next imports the data cache, and the bundler
// has its own copy), and every copy must share one connection and know its first connection.
const processState = globalThis as typeof globalThis & {
  __redisClients?: {clients: Map<string, SharedRedis>; firstConnections: WeakMap<object, Promise<boolean>>}
}
const state = (processState.__redisClients ??= {clients: new Map(), firstConnections: new WeakMap()})
// Each client's first connection, which a process's first requests may wait a moment for.
const {firstConnections} = state

export type SharedRedis = ReturnType<typeof connectRedis>

/**
 * How long a request waits for Redis before going on without it. Down is caught at once
 * (commands fail while disconnected); this covers a Redis that is up but not answering.
 */
export const REDIS_ANSWER_MS = 250

/** `work`, or a rejection after REDIS_ANSWER_MS, whichever comes first. */
export function redisWithin<T>(work: Promise<T>, ms = REDIS_ANSWER_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms)
  })
  return Promise.race([work, late]).finally(() => clearTimeout(timer))
}

/**
 * Whether `client` can take commands now, waiting up to `ms` only while its first connection is
 * still being made. Without that wait, a freshly started instance would count and cache in its
 * own memory for its first requests (seen in the two-instance test: a visitor's first request
 * on a new instance got past the shared rate limit). Once connected, a Redis that goes away is
 * reported at once, and callers fall back without waiting.
 */
export async function redisReady(client: SharedRedis, ms = REDIS_ANSWER_MS): Promise<boolean> {
  if (client.isReady) return true
  const first = firstConnections.get(client)
  if (!first) return false
  const connected = await redisWithin(first, ms).catch(() => false)
  return connected && client.isReady
}

const {clients} = state

/** The process's connection to `url`, made on first use; none without a URL. */
export function sharedRedis(url: string | undefined): SharedRedis | undefined {
  if (!url) return undefined
  let client = clients.get(url)
  if (!client) {
    client = connectRedis(url)
    clients.set(url, client)
  }
  return client
}

/** Ends every shared connection, letting commands already sent finish (a stopping instance). */
export async function closeSharedRedis(): Promise<void> {
  const open = [...clients.values()].filter((client) => client.isOpen)
  clients.clear()
  await Promise.allSettled(open.map((client) => client.close()))
}
