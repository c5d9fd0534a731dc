import {spawn, type ChildProcess} from 'node:child_process'
import {cp, rm} from 'node:fs/promises'
import path from 'node:path'
import {waitForUrl} from './processes.ts'

/** A standalone server, as the container image and a VM run it: `node server.js` in its folder. */
export type StandaloneServer = {
  child: ChildProcess
  url: string
  /** What it has printed so far. */
  output: () => string
  /** Sends SIGTERM; resolves with its exit code and how long it took to exit. */
  terminate: () => Promise<{code: number | null; ms: number}>
}

/** Copies a build's standalone folder (scripts/complete-standalone.ts has run) to `dest`, alone. */
export async function copyStandalone(distDir: string, dest: string): Promise<string> {
  await rm(dest, {recursive: true, force: true})
  await cp(path.join(distDir, 'standalone'), dest, {recursive: true})
  return dest
}

/**
 * Starts `node server.js` in `dir` on loopback, with SIGTERM left to the app as the Dockerfile
 * sets it (NEXT_MANUAL_SIG_HANDLE), and waits until its readiness check answers.
 */
export async function startStandalone(
  dir: string,
  port: number,
  env: Record<string, string>,
  readyWithinMs = 60_000,
): Promise<StandaloneServer> {
  const child = spawn(process.execPath, ['server.js'], {
    cwd: dir,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_MANUAL_SIG_HANDLE: '1',
      ...env,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const url = `http://127.0.0.1:${port}`
  await Promise.race([
    waitForUrl(`${url}/api/health/ready`, readyWithinMs),
    exited.then((code) => {
      throw new Error(`server.js in ${dir} exited (${code}) before it was ready:\n${output.slice(-2_000)}`)
    }),
  ])
  return {
    child,
    url,
    output: () => output,
    terminate: async () => {
      const started = performance.now()
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      const code = await exited
      return {code, ms: Math.round(performance.now() - started)}
    },
  }
}
