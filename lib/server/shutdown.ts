import {subscribe} from 'node:diagnostics_channel'
import type {Server} from 'node:http'

type ShutdownOptions = {
  /** How long requests already begun may take to finish before their connections are cut. */
  drainMs: number
  /** What to close once no request is left (the shared Redis connection). */
  closeResources: () => Promise<void>
  log?: (message: string) => void
  exit?: (code: number) => void
}

/**
 * A graceful stop on SIGTERM, for a server started by Next (`next start` or the standalone
 * server.js) with NEXT_MANUAL_SIG_HANDLE set, which leaves the signal to the app. Next's own
 * handler waits for every connection with no time limit and exits 143, which systemd counts as
 * a failure. Here: stop accepting connections, let requests already begun finish for up to
 * `drainMs`, close Redis, exit 0.
 *
 * Next does not hand its HTTP server to the app, so it is learnt from Node's public
 * `http.server.request.start` channel, which names the server of every request. A server that
 * never had a request has nothing to drain.
 */
export function drainOnSigterm(options: ShutdownOptions): () => Promise<void> {
  const log = options.log ?? ((message: string) => console.log(message))
  const exit = options.exit ?? ((code: number) => process.exit(code))
  const servers = new Set<Server>()
  subscribe('http.server.request.start', (message) => {
    servers.add((message as {server: Server}).server)
  })
  let stopping: Promise<void> | undefined
  const stop = () =>
    (stopping ??= (async () => {
      const started = Date.now()
      log(`[shutdown] SIGTERM: no new connections; finishing requests (at most ${options.drainMs / 1000} s)`)
      try {
        const drained = await stopServers([...servers], options.drainMs)
        const seconds = ((Date.now() - started) / 1000).toFixed(2)
        log(`[shutdown] ${drained ? 'drained' : 'drain time over, connections cut'} after ${seconds} s`)
        await options.closeResources()
      } catch (error) {
        log(`[shutdown] ${error instanceof Error ? error.message : String(error)}`)
      }
      exit(0)
    })())
  process.once('SIGTERM', () => void stop())
  return stop
}

/** Whether every connection ended by itself within `drainMs`; those left are cut after it. */
async function stopServers(servers: Server[], drainMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  const closed = Promise.all(
    servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))),
  ).then(() => true)
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), drainMs)
  })
  const drained = await Promise.race([closed, late])
  clearTimeout(timer)
  if (!drained) for (const server of servers) server.closeAllConnections()
  return drained
}
