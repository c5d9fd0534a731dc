import {afterEach, expect, test} from '@jest/globals'
import {once} from 'node:events'
import {createServer, request, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {drainOnSigterm} from '../../../lib/server/shutdown.ts'

// A real HTTP server on loopback: one request begun before the stop, one tried after it.
type Started = {server: Server; url: string; release: () => void}

async function slowServer(): Promise<Started> {
  let release = () => {}
  const server = createServer((req, res) => {
    if (req.url === '/slow') release = () => res.end('finished')
    else res.end('quick')
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return {server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, release: () => release()}
}

function get(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    request(url, {agent: false}, (res) => {
      let body = ''
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve(body))
      res.on('error', reject)
    })
      .on('error', reject)
      .end()
  })
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

afterEach(() => {
  process.removeAllListeners('SIGTERM')
})

test('a request begun before the stop finishes; then Redis closes and the process exits 0', async () => {
  const {server, url, release} = await slowServer()
  const events: string[] = []
  const stop = drainOnSigterm({
    drainMs: 5_000,
    closeResources: async () => void events.push('closed'),
    exit: (code) => events.push(`exit ${code}`),
    log: () => undefined,
  })
  await get(`${url}/`)
  const slow = get(`${url}/slow`)
  await tick(50)
  const stopped = stop()
  await tick(50)
  await expect(get(`${url}/`)).rejects.toThrow(/ECONNREFUSED/)
  expect(events).toEqual([])
  release()
  await expect(slow).resolves.toBe('finished')
  await stopped
  expect(events).toEqual(['closed', 'exit 0'])
  expect(server.listening).toBe(false)
})

test('a request that outlasts the drain time is cut, and the process still exits 0', async () => {
  const {url} = await slowServer()
  const events: string[] = []
  const stop = drainOnSigterm({
    drainMs: 200,
    closeResources: async () => void events.push('closed'),
    exit: (code) => events.push(`exit ${code}`),
    log: (message) => events.push(message.replace(/\d+\.\d+ s/, 'N s')),
  })
  await get(`${url}/`)
  const never = get(`${url}/slow`)
  await tick(50)
  const started = Date.now()
  await stop()
  expect(Date.now() - started).toBeGreaterThanOrEqual(190)
  await expect(never).rejects.toThrow()
  expect(events.slice(1)).toEqual(['[shutdown] drain time over, connections cut after N s', 'closed', 'exit 0'])
})
