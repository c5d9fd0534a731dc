import {spawn, type ChildProcess} from 'node:child_process'
import {readdir, readFile} from 'node:fs/promises'

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
export async function treeRss(rootPid: number): Promise<number> {
  const parents = new Map<number, number>()
  const rss = new Map<number, number>()
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8')
      // Fields after the command name, which may itself hold spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      parents.set(Number(entry), Number(fields[1]))
      rss.set(Number(entry), Number(fields[21]) * 4096)
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0
  const stack = [rootPid]
  while (stack.length) {
    const pid = stack.pop() as number
    total += rss.get(pid) ?? 0
    for (const [child, parent] of parents) if (parent === pid) stack.push(child)
  }
  return total
}

export type Finished = {code: number | null; ms: number; peakRssBytes: number; output: string}

/** Runs a command to its end, sampling the memory of its whole process tree. */
export function runMeasured(command: string, args: string[], env: Record<string, string>): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, {env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'pipe']})
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    let peak = 0
    const timer = setInterval(() => {
      if (child.pid) void treeRss(child.pid).then((bytes) => (peak = Math.max(peak, bytes)))
    }, 250)
    child.on('error', reject)
    child.on('exit', (code) => {
      clearInterval(timer)
      resolve({code, ms: performance.now() - started, peakRssBytes: peak, output})
    })
  })
}

export type Background = {child: ChildProcess; stop: () => Promise<void>}

export function startBackground(command: string, args: string[], env: Record<string, string>): Background {
  const child = spawn(command, args, {env: {...process.env, ...env}, stdio: 'ignore', detached: true})
  return {
    child,
    stop: async () => {
      // A child ended by a signal keeps exitCode null; signalCode tells that it has gone.
      if (child.exitCode !== null || child.signalCode !== null || !child.pid) return
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
      const group = -child.pid
      process.kill(group, 'SIGTERM')
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))])
      // The whole group: a server whose parent has already exited must not outlive the bench.
      try {
        process.kill(group, 'SIGKILL')
      } catch {
        // Everyone had already gone.
      }
    },
  }
}

export async function waitForUrl(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (
      await fetch(url).then(
        (r) => r.status < 500,
        () => false,
      )
    )
      return
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * p) - 1))]
}

/** Fails early when a port the bench needs is taken (a leftover server would be measured instead). */
export async function assertPortsFree(ports: number[]): Promise<void> {
  const {createServer} = await import('node:net')
  for (const port of ports) {
    await new Promise<void>((resolve, reject) => {
      const server = createServer()
      server.once('error', () =>
        reject(new Error(`port ${port} is in use; stop whatever listens there and run the bench again`)),
      )
      server.listen(port, '127.0.0.1', () => server.close(() => resolve()))
    })
  }
}
