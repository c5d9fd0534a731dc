import {createServer, request as httpRequest, type Server} from 'node:http'
import type {Socket} from 'node:net'

export type FaultMode = {kind: 'pass'} | {kind: 'slow'; delayMs: number} | {kind: 'hang'} | {kind: 'down'}

/**
 * A loopback HTTP proxy in front of the lake (or of a site, for its webhook), so a test can make
 * it slow or absent without touching the lake or the site, and see what passed through. "down" refuses connections outright, as a
 * stopped backend does; "hang" takes each request and never answers it, as a backend behind a
 * network partition or a stuck API does.
 */
export class FaultProxy {
  private server: Server | null = null
  private readonly sockets = new Set<Socket>()
  mode: FaultMode = {kind: 'pass'}
  /** The path and query of every request passed on, for tests that count what reached the lake. */
  readonly seen: string[] = []
  /** When each answer was passed back in full (performance.now()), for tests that time from it. */
  readonly answeredAt: number[] = []

  constructor(
    private readonly port: number,
    private readonly upstreamPort: number,
  ) {}

  async start(): Promise<void> {
    const server = createServer((req, res) => {
      const forward = () => {
        this.seen.push(req.url ?? '')
        const upstream = httpRequest(
          {host: '127.0.0.1', port: this.upstreamPort, path: req.url, method: req.method, headers: req.headers},
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers)
            answer.on('end', () => this.answeredAt.push(performance.now()))
            answer.pipe(res)
          },
        )
        upstream.on('error', () => res.destroy())
        req.pipe(upstream)
      }
      if (this.mode.kind === 'hang') return
      if (this.mode.kind === 'slow') setTimeout(forward, this.mode.delayMs)
      else forward()
    })
    server.on('connection', (socket) => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve))
    this.server = server
  }

  async stop(): Promise<void> {
    const server = this.server
    this.server = null
    if (!server) return
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  async set(mode: FaultMode): Promise<void> {
    this.mode = mode
    if (mode.kind === 'down') await this.stop()
    else if (!this.server) await this.start()
  }
}
