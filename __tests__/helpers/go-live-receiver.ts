import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'
import {isValidSignature, SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import {LAKE_DEFAULT_WEBHOOK_SECRET} from '../../lib/lake-defaults.ts'

export type GoLiveReceiver = {
  port: number
  calls: {body: string; validSignature: boolean}[]
  /** Answer the next `count` calls with a 500, as a site that could not expire its tags. */
  failNext: (count: number) => void
  close: () => Promise<void>
}

/** Stands in for the site's /api/go-live when the go-live gate runs outside Next, recording each call. */
export async function startGoLiveReceiver(): Promise<GoLiveReceiver> {
  const calls: GoLiveReceiver['calls'] = []
  let failures = 0
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', async () => {
      const signature = req.headers[SIGNATURE_HEADER_NAME]
      const validSignature =
        req.url === '/api/go-live' &&
        typeof signature === 'string' &&
        (await isValidSignature(body, signature, LAKE_DEFAULT_WEBHOOK_SECRET))
      calls.push({body, validSignature})
      const fail = failures > 0
      if (fail) failures--
      res.writeHead(fail ? 500 : validSignature ? 200 : 401, {'content-type': 'application/json'}).end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    calls,
    failNext: (count) => (failures = count),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
