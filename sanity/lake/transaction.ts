import {randomBytes} from 'node:crypto'
import type {LakeDocument} from './documents.ts'

export type DocumentChange = {id: string; before: LakeDocument | null; after: LakeDocument | null}

export type Transaction = {
  transactionId: string
  timestamp: string
  /** Who made it: the signed-in user's id, as the listener and history report it. */
  identity: string
  changes: DocumentChange[]
}

export type TransactionOptions = {transactionId?: string; identity?: string}

export const LAKE_IDENTITY = 'lake'

/**
 * A transaction being built in memory: reads see its own earlier writes, and nothing reaches
 * the store unless all of it succeeds. Mutations and actions both build on it.
 */
export class PendingTransaction {
  readonly transactionId: string
  readonly timestamp = new Date().toISOString()
  readonly identity: string
  private readonly lookup: (id: string) => LakeDocument | undefined
  private readonly working = new Map<string, LakeDocument | null>()
  private readonly originals = new Map<string, LakeDocument | null>()

  constructor(lookup: (id: string) => LakeDocument | undefined, options: TransactionOptions = {}) {
    this.lookup = lookup
    // The client's transaction id becomes the revision, so the Studio recognises its own writes.
    this.transactionId = options.transactionId ?? randomBytes(11).toString('hex')
    this.identity = options.identity ?? LAKE_IDENTITY
  }

  current(id: string): LakeDocument | null {
    return this.working.has(id) ? (this.working.get(id) ?? null) : (this.lookup(id) ?? null)
  }

  put(id: string, doc: LakeDocument | null): void {
    if (!this.originals.has(id)) this.originals.set(id, this.lookup(id) ?? null)
    this.working.set(id, doc && structuredClone(doc))
  }

  finish(): Transaction {
    const changes: DocumentChange[] = []
    for (const [id, after] of this.working) {
      const before = this.originals.get(id) ?? null
      if (after === null && before === null) continue
      changes.push({id, before, after: after && this.stamp(after, before)})
    }
    return {transactionId: this.transactionId, timestamp: this.timestamp, identity: this.identity, changes}
  }

  private stamp(doc: LakeDocument, before: LakeDocument | null): LakeDocument {
    const createdAt = doc._createdAt ?? before?._createdAt ?? this.timestamp
    return {...doc, _rev: this.transactionId, _createdAt: createdAt, _updatedAt: this.timestamp}
  }
}
