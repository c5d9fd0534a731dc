import {randomBytes} from 'node:crypto'
import {clearInterval, setInterval} from 'node:timers'
import {evaluate, parse} from 'groq-js'
import {isPrivateId, type LakeDocument} from './documents.ts'
import type {DocumentChange, Transaction} from './transaction.ts'

/** Where events go: one open server-sent-events stream. The HTTP edge supplies it. */
export type EventSink = {
  send: (event: string, data: unknown, id?: string) => void
  comment: () => void
  close: () => void
}

export type ListenOptions = {
  filter: ReturnType<typeof parse>
  params: Record<string, unknown>
  includeResult: boolean
  includePreviousRevision: boolean
  includeMutations: boolean
  effectFormat?: 'mendoza'
  includePrivate: boolean
}

type Listener = ListenOptions & {sink: EventSink}

const KEEPALIVE_MS = 25_000

/**
 * Server-sent events: `/data/listen` (what `client.listen` and the Studio read) and
 * `/data/live/events` (what `<SanityLive>` reads: the sync tags a transaction invalidated).
 */
export class EventHub {
  private readonly listeners = new Set<Listener>()
  private readonly live = new Set<EventSink>()
  private readonly syncTag: string
  private readonly keepalive: NodeJS.Timeout
  private delivering: Promise<void> = Promise.resolve()

  constructor(syncTag: string) {
    this.syncTag = syncTag
    // Comments keep idle connections open through proxies that drop silent streams.
    this.keepalive = setInterval(() => {
      for (const sink of this.sinks()) sink.comment()
    }, KEEPALIVE_MS)
    this.keepalive.unref()
  }

  /** Registers a listener; the returned function removes it (when its stream closes). */
  addListener(sink: EventSink, options: ListenOptions): () => void {
    const entry = {...options, sink}
    this.listeners.add(entry)
    sink.send('welcome', {listenerName: `lake-${randomBytes(6).toString('hex')}`})
    return () => this.listeners.delete(entry)
  }

  addLiveClient(sink: EventSink): () => void {
    this.live.add(sink)
    sink.send('welcome', {})
    return () => this.live.delete(sink)
  }

  /**
   * Sends a transaction's events after every earlier transaction's: the Studio chains events by
   * revision, and one that arrives before its predecessor stalls the chain until a deadline.
   */
  publish(transaction: Transaction): Promise<void> {
    this.delivering = this.delivering
      .then(() => this.deliver(transaction))
      .catch((error: unknown) => {
        console.error('[lake] listener delivery failed', error)
      })
    return this.delivering
  }

  private async deliver(transaction: Transaction): Promise<void> {
    const eventId = `${transaction.transactionId}#${this.syncTag}`
    for (const sink of this.live) sink.send('message', {tags: [this.syncTag]}, eventId)
    for (const listener of this.listeners) {
      const seen = await changesSeenBy(listener, transaction.changes)
      seen.forEach(({change, transition}, index) => {
        listener.sink.send('mutation', mutationEvent(listener, transaction, change, transition, index, seen.length))
      })
    }
  }

  close(): void {
    clearInterval(this.keepalive)
    for (const sink of this.sinks()) sink.close()
  }

  private sinks(): EventSink[] {
    return [...this.live, ...[...this.listeners].map((l) => l.sink)]
  }
}

type Transition = 'appear' | 'disappear' | 'update'

async function changesSeenBy(listener: Listener, changes: DocumentChange[]) {
  const seen: {change: DocumentChange; transition: Transition}[] = []
  for (const change of changes) {
    if (!listener.includePrivate && isPrivateId(change.id)) continue
    const before = await matches(listener, change.before)
    const after = await matches(listener, change.after)
    if (!before && !after) continue
    seen.push({change, transition: !before ? 'appear' : !after ? 'disappear' : 'update'})
  }
  return seen
}

/**
 * One document's part of a transaction, as the Studio reads it. The Studio counts a
 * transaction's events (`transactionCurrentEvent` of `transactionTotalEvents`) before it applies
 * them, and applies mendoza `effects`. A mendoza patch `[0, value]` sets the whole document,
 * so the lake never needs to diff;
 * creation reverts to, and deletion applies, `[0, null]`. `previousRev` is absent for a
 * document that did not exist, and `resultRev` is the transaction's id even for a deletion:
 * the Studio chains events on both.
 */
function mutationEvent(
  listener: Listener,
  transaction: Transaction,
  change: DocumentChange,
  transition: Transition,
  index: number,
  total: number,
) {
  return {
    eventId: `${transaction.transactionId}#${change.id}`,
    documentId: change.id,
    transactionId: transaction.transactionId,
    transition,
    identity: transaction.identity,
    previousRev: change.before?._rev,
    // A deletion has a revision too: the Studio chains events by revision, and drops a chain
    // whose last event has none (the deleted draft then lingers and the next save never settles).
    resultRev: change.after?._rev ?? transaction.transactionId,
    timestamp: transaction.timestamp,
    visibility: 'query',
    transactionTotalEvents: total,
    transactionCurrentEvent: index + 1,
    mutations: listener.includeMutations ? mutationsFor(change) : [],
    ...(listener.effectFormat === 'mendoza' ? {effects: wholeDocumentEffects(change)} : {}),
    ...(listener.includeResult && change.after ? {result: change.after} : {}),
    ...(listener.includePreviousRevision && change.before ? {previous: change.before} : {}),
  }
}

// The Studio applies effects to documents without `_rev` and adds `resultRev` itself.
export function wholeDocumentEffects(change: DocumentChange): {apply: unknown; revert: unknown} {
  return {apply: [0, withoutRev(change.after)], revert: [0, withoutRev(change.before)]}
}

function withoutRev(doc: LakeDocument | null): Omit<LakeDocument, '_rev'> | null {
  if (!doc) return null
  const {_rev: _dropped, ...rest} = doc
  return rest
}

// The listener reports what a change did to each document as whole-document mutations; the
// lake keeps no patch history to report finer ones.
function mutationsFor(change: DocumentChange): unknown[] {
  return change.after ? [{createOrReplace: change.after}] : [{delete: {id: change.id}}]
}

async function matches(listener: Listener, doc: LakeDocument | null): Promise<boolean> {
  if (!doc) return false
  const value = await evaluate(listener.filter, {dataset: [doc], params: listener.params})
  const result = await value.get()
  return Array.isArray(result) ? result.length > 0 : Boolean(result)
}
