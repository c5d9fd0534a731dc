import {spawn, type ChildProcess} from 'node:child_process'
import {createServer} from 'node:net'

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** Runs the lake as its own process, as `npm run lake` does, so a test can kill it for real. */
export async function spawnLake(env: Record<string, string>): Promise<{child: ChildProcess; url: string}> {
  const port = await freePort()
  const child = spawn(process.execPath, ['sanity/lake/main.ts'], {
    env: {...process.env, ...env, LAKE_PORT: String(port)},
    stdio: 'ignore',
  })
  const url = `http://127.0.0.1:${port}`
  await waitFor(async () => (await fetch(`${url}/health`)).ok, 15_000, 'the lake to start')
  return {child, url}
}

// A child killed by a signal keeps exitCode null (signalCode says how it ended), so both are
// checked: waiting for an 'exit' that has already been emitted would never end.
export function exited(child: ChildProcess): Promise<void> {
  const ended = child.exitCode !== null || child.signalCode !== null
  return ended ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()))
}
