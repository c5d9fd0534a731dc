import {spawn} from 'node:child_process'
import {fileURLToPath} from 'node:url'

export type LoadResult = {
  requestsPerSec: number
  p50Ms: number
  p99Ms: number
  requests: number
  errors: number
  non2xx: number
  serverErrors: number
}

const WORKER = fileURLToPath(new URL('./load-worker.ts', import.meta.url))

/**
 * Load from a second process (autocannon), on loopback, with fixed connections and duration;
 * with several paths, each connection cycles through them.
 */
export function runLoad(base: string, paths: string[], connections: number, seconds: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const config = JSON.stringify({url: base, paths, connections, seconds})
    const child = spawn(process.execPath, [WORKER, config], {stdio: ['ignore', 'pipe', 'pipe']})
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    child.stderr.on('data', (chunk) => (err += chunk))
    child.on('exit', (code) => {
      try {
        resolve(JSON.parse(out) as LoadResult)
      } catch {
        reject(new Error(`load generator exited ${code}: ${err.slice(-500)}`))
      }
    })
  })
}
