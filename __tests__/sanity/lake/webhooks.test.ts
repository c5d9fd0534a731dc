import {createServer, type IncomingMessage, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {afterAll, afterEach, beforeAll, describe, expect, it, jest} from '@jest/globals'
import {isValidSignature, SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import {startTestLake, type TestLake} from '../../helpers/lake.ts'
import {freePort} from '../../helpers/process.ts'

const SECRET = 'webhook-test-secret'
type Delivery = {body: string; headers: IncomingMessage['headers']}

let receiver: Server
let deliveries: Delivery[] = []
let failuresToSend = 0
let t: TestLake

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      deliveries.push({body, headers: req.headers})
      res.writeHead(failuresToSend-- > 0 ? 503 : 200).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  const {port} = receiver.address() as AddressInfo
  t = await startTestLake({webhookUrl: `http://127.0.0.1:${port}/api/revalidate`, webhookSecret: SECRET})
})
afterEach(() => {
  deliveries = []
  failuresToSend = 0
})
afterAll(async () => {
  await t.stop()
  await new Promise((resolve) => receiver.close(resolve))
})

describe('webhooks', () => {
  it('sends a notification that @sanity/webhook accepts as signed with the shared secret', async () => {
    await t.client.patch('post-your-first-group-session').set({excerpt: 'Changed'}).commit()
    await t.lake.webhooks?.idle()

    expect(deliveries).toHaveLength(1)
    const [delivery] = deliveries
    const signature = String(delivery.headers[SIGNATURE_HEADER_NAME])
    expect(await isValidSignature(delivery.body, signature, SECRET)).toBe(true)
    expect(await isValidSignature(delivery.body, signature, 'another-secret')).toBe(false)
    expect(JSON.parse(delivery.body)).toEqual({
      _id: 'post-your-first-group-session',
      _type: 'post',
      operation: 'update',
      slug: 'your-first-group-session',
    })
    expect(delivery.headers['sanity-operation']).toBe('update')
  })

  it('tells the old slug when a document moves, and reports deletes', async () => {
    await t.client.patch('category-recovery').set({'slug.current': 'recovery-journeys'}).commit()
    await t.client.delete('category-recovery')
    await t.lake.webhooks?.idle()
    expect(deliveries.map((d) => JSON.parse(d.body))).toEqual([
      {
        _id: 'category-recovery',
        _type: 'category',
        operation: 'update',
        slug: 'recovery-journeys',
        previousSlug: 'recovery',
      },
      {_id: 'category-recovery', _type: 'category', operation: 'delete', slug: 'recovery-journeys'},
    ])
  })

  it('does not notify about drafts', async () => {
    await t.client.createOrReplace({_id: 'drafts.category-coping-skills', _type: 'category', title: 'Draft'})
    await t.lake.webhooks?.idle()
    expect(deliveries).toHaveLength(0)
  })

  it('retries a failed delivery', async () => {
    failuresToSend = 1
    await t.client.create({_type: 'category', title: 'Retried'})
    await t.lake.webhooks?.idle()
    expect(deliveries).toHaveLength(2)
    expect(deliveries[0].headers['idempotency-key']).toBe(deliveries[1].headers['idempotency-key'])
  })
})

describe('webhook failures', () => {
  it('logs an unreachable endpoint and keeps serving', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const unreachable = await startTestLake({
      webhookUrl: `http://127.0.0.1:${await freePort()}/nowhere`,
      webhookSecret: SECRET,
    })
    try {
      await unreachable.client.create({_id: 'category-unheard', _type: 'category', title: 'Unheard'})
      await unreachable.lake.webhooks?.idle()
      expect(errors).toHaveBeenCalledWith(expect.stringMatching(/webhook for category-unheard/))
      expect(await unreachable.anonymous.fetch('*[_id == "category-unheard"][0].title')).toBe('Unheard')
    } finally {
      errors.mockRestore()
      await unreachable.stop()
    }
  }, 15_000)
})
