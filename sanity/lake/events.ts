import {randomBytes} from 'node:crypto'
import type {ServerResponse} from 'node:http'
import {clearInterval, setInterval} from 'node:timers'
import {evaluate, parse} from 'groq-js'
import {isPrivateId, type LakeDocument} from './documents.ts'
import type {Transaction} from './mutations.ts'

type Listener = {
  res: ServerResponse
  filter: ReturnType<typeof parse>
  params: Record<string, unknown>
  includeResult: boolean
  includePrivate: boolean
}

const KEEPALIVE_MS = 25_000

/**
 * Server-sent events: `/data/listen` (what `client.listen` reads) and `/data/live/events`
 * (what `<SanityLive>` reads: a message naming the sync tags a transaction invalidated).
 */
export class EventHub {
  private readonly listeners = new Set<Listener>()
  private readonly live = new Set<ServerResponse>()
  private readonly syncTag: string
  private readonly keepalive: NodeJS.Timeout

  constructor(syncTag: string) {
    this.syncTag = syncTag
    // Comments keep idle connections open through proxies that drop silent streams.
    this.keepalive = setInterval(() => {
      for (const res of [...this.live, ...[...this.listeners].map((l) => l.res)]) res.write(':\n\n')
    }, KEEPALIVE_MS)
    this.keepalive.unref()
  }

  addListener(res: ServerResponse, listener: Omit<Listener, 'res'>): void {
    openStream(res)
    const entry = {...listener, res}
    this.listeners.add(entry)
    res.on('close', () => this.listeners.delete(entry))
    send(res, 'welcome', {listenerName: `lake-${randomBytes(6).toString('hex')}`})
  }

  addLiveClient(res: ServerResponse): void {
    openStream(res)
    this.live.add(res)
    res.on('close', () => this.live.delete(res))
    send(res, 'welcome', {})
  }

  async publish(transaction: Transaction): Promise<void> {
    const eventId = `${transaction.transactionId}#${this.syncTag}`
    for (const res of this.live) send(res, 'message', {tags: [this.syncTag]}, eventId)
    for (const listener of this.listeners) {
      for (const change of transaction.changes) {
        if (!listener.includePrivate && isPrivateId(change.id)) continue
        const matchedBefore = await matches(listener, change.before)
        const matchedAfter = await matches(listener, change.after)
        if (!matchedBefore && !matchedAfter) continue
        const transition = !matchedBefore ? 'appear' : !matchedAfter ? 'disappear' : 'update'
        send(listener.res, 'mutation', {
          eventId: `${transaction.transactionId}#${change.id}`,
          documentId: change.id,
          transactionId: transaction.transactionId,
          transition,
          identity: 'lake',
          previousRev: change.before?._rev,
          resultRev: change.after?._rev,
          timestamp: transaction.timestamp,
          visibility: 'query',
          mutations: [],
          ...(listener.includeResult && change.after ? {result: change.after} : {}),
        })
      }
    }
  }

  close(): void {
    clearInterval(this.keepalive)
    for (const res of [...this.live, ...[...this.listeners].map((l) => l.res)]) res.end()
  }
}

async function matches(listener: Listener, doc: LakeDocument | null): Promise<boolean> {
  if (!doc) return false
  const value = await evaluate(listener.filter, {dataset: [doc], params: listener.params})
  const result = await value.get()
  return Array.isArray(result) ? result.length > 0 : Boolean(result)
}

function openStream(res: ServerResponse): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  })
}

function send(res: ServerResponse, event: string, data: unknown, id?: string): void {
  res.write(`${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
}
