import {runLoad, type LoadResult} from './load.ts'
import {startBackground, waitForUrl} from './processes.ts'
import {startRedisServer} from './redis-server.ts'

export type TwoInstancesResult = {
  /** Both instances' answers together: requests per second summed, p50 and p99 the worse one's. */
  combined: LoadResult
  perInstance: LoadResult[]
  /** Combined throughput as a share of the one instance's under the same mix and connections. */
  toOneInstance: number
}

/**
 * The README's "Several instances" on this machine: two `npm start` processes from the one build,
 * sharing the running lake (scripts/with-lake.ts reuses it) and one redis-server, each taking half
 * of the connections, as a load balancer spreading visitors would.
 */
export async function runTwoInstanceMix(options: {
  env: Record<string, string>
  ports: [number, number]
  paths: string[]
  connections: number
  seconds: number
  oneInstance: LoadResult
}): Promise<TwoInstancesResult> {
  const redis = await startRedisServer()
  const bases = options.ports.map((port) => `http://127.0.0.1:${port}`)
  const instances = options.ports.map((port) =>
    startBackground(process.execPath, ['scripts/with-lake.ts', 'next', 'start'], {
      ...options.env,
      PORT: String(port),
      REDIS_URL: redis.url,
    }),
  )
  try {
    await Promise.all(bases.map((base) => waitForUrl(`${base}/`, 60_000)))
    // Each instance fills its own page cache first, as the one instance's had been.
    for (const base of bases) for (const path of options.paths) await fetch(`${base}${path}`).then((r) => r.text())
    const perInstance = await Promise.all(
      bases.map((base) => runLoad(base, options.paths, options.connections / 2, options.seconds)),
    )
    const sum = (pick: (r: LoadResult) => number) => perInstance.reduce((total, r) => total + pick(r), 0)
    const worst = (pick: (r: LoadResult) => number) => Math.max(...perInstance.map(pick))
    const combined: LoadResult = {
      requestsPerSec: sum((r) => r.requestsPerSec),
      p50Ms: worst((r) => r.p50Ms),
      p99Ms: worst((r) => r.p99Ms),
      requests: sum((r) => r.requests),
      errors: sum((r) => r.errors),
      non2xx: sum((r) => r.non2xx),
      serverErrors: sum((r) => r.serverErrors),
    }
    return {
      combined,
      perInstance,
      toOneInstance: Math.round((combined.requestsPerSec / options.oneInstance.requestsPerSec) * 100) / 100,
    }
  } finally {
    await Promise.all(instances.map((instance) => instance.stop()))
    await redis.stop()
  }
}
