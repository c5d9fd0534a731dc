import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {WebSocket} from 'ws'
import {startTestLake, TEST_TOKEN, type TestLake} from '../../helpers/lake.ts'

let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
})
afterAll(() => t.stop())

type Message = {id?: number; result?: unknown; error?: unknown; method?: string; params?: {result: unknown}}

// A tab as the Studio's bifur client is one: JSON-RPC calls over the presence socket.
async function openTab(token = TEST_TOKEN) {
  const socket = new WebSocket(`${t.lake.url.replace('http', 'ws')}/v2022-06-30/socket/production?tag=sanity.studio`)
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject))
  const inbox: Message[] = []
  socket.on('message', (data) => inbox.push(JSON.parse(String(data)) as Message))
  let nextId = 1
  const call = async (method: string, params: Record<string, unknown>) => {
    const id = nextId++
    socket.send(JSON.stringify({jsonrpc: '2.0', method, params, id}))
    return waitFor(() => inbox.find((m) => m.id === id))
  }
  await call('authorization', {authorization: `Bearer ${token}`})
  return {socket, inbox, call}
}

async function waitFor<T>(find: () => T | undefined, ms = 3000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const found = find()
    if (found) return found
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('presence', () => {
  it('tells one tab where another is, and when it leaves', async () => {
    const a = await openTab()
    const b = await openTab()
    await b.call('presence_subscribe', {})
    const locations = [
      {type: 'document', documentId: 'post-x', path: ['title'], lastActiveAt: new Date().toISOString()},
    ]
    await a.call('presence_announce', {data: {sessionId: 'session-a', locations}})
    const seen = await waitFor(() => b.inbox.find((m) => m.method === 'presence_subscription'))
    expect(seen.params?.result).toEqual({type: 'state', i: 'lake-editor', m: {sessionId: 'session-a', locations}})

    a.socket.close()
    const gone = await waitFor(() =>
      b.inbox.find((m) => (m.params?.result as {type?: string} | undefined)?.type === 'disconnect'),
    )
    expect(gone.params?.result).toEqual({type: 'disconnect', i: 'lake-editor', m: {session: 'session-a'}})
    b.socket.close()
  })

  it('refuses a tab that is not signed in', async () => {
    const tab = await openTab('wrong-token-0123456789')
    const reply = await tab.call('presence_subscribe', {})
    expect(reply.error).toBeTruthy()
    tab.socket.close()
  })
})
