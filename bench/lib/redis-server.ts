import {execFileSync, spawn, type ChildProcess} from 'node:child_process'
import {once} from 'node:events'
import {createServer} from 'node:net'
import {createClient} from 'redis'

/**
 * A real redis-server (Debian's) on a free loopback port, without persistence, for one test file or
 * one benchmark step.
 * DEBUG is allowed from loopback so a test can stall it (DEBUG SLEEP).
 */
export type RedisServer = {url: string; stop: () => Promise<void>; start: () => Promise<void>}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1')
  await once(server, 'listening')
  const address = server.address()
  server.close()
  if (!address || typeof address === 'string') throw new Error('no free port')
  return address.port
}

async function answers(url: string): Promise<boolean> {
  const client = createClient({url, socket: {reconnectStrategy: false, connectTimeout: 200}})
  client.on('error', () => undefined)
  try {
    await client.connect()
    return (await client.ping()) === 'PONG'
  } catch {
    return false
  } finally {
    if (client.isOpen) client.destroy()
  }
}

export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort()
  const url = `redis://127.0.0.1:${port}`
  let server: ChildProcess | undefined
  const start = async () => {
    server = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--enable-debug-command',
        'local',
      ],
      {stdio: 'ignore'},
    )
    for (let attempt = 0; attempt < 50; attempt++) {
      if (await answers(url)) return
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error(`redis-server did not answer on ${url}`)
  }
  const stop = async () => {
    if (!server || server.exitCode !== null) return
    const exited = once(server, 'exit')
    server.kill('SIGKILL')
    await exited
  }
  await start()
  return {url, start, stop}
}

/** Whether Debian's redis-server is on this machine (`.ci/run` installs it). */
export function redisServerInstalled(): boolean {
  try {
    execFileSync('redis-server', ['--version'], {stdio: 'ignore'})
    return true
  } catch {
    return false
  }
}
