import type {LakeDocument} from './documents.ts'
import {wholeDocumentEffects} from './events.ts'
import type {Transaction} from './transaction.ts'

const MAX_TRANSACTIONS = 10_000

export type HistoryTransaction = {
  id: string
  timestamp: string
  author: string
  documentIDs: string[]
  mutations: unknown[]
  /** Per document, mendoza patches: `[0, value]` sets the whole document. */
  effects: Record<string, {apply: unknown; revert: unknown}>
}

/**
 * The transactions this lake has committed since it started, newest last, for the Studio's
 * history panel: which transactions touched a document, and the document as of a revision.
 * Bounded, and in memory: history from before a restart is not kept.
 */
export class HistoryLog {
  private readonly transactions: Transaction[] = []

  record(transaction: Transaction): void {
    this.transactions.push(transaction)
    if (this.transactions.length > MAX_TRANSACTIONS) this.transactions.shift()
  }

  transactionsFor(
    documentIds: string[],
    options: {fromTransaction?: string; toTransaction?: string; limit?: number} = {},
  ): HistoryTransaction[] {
    const wanted = new Set(documentIds)
    const touching = this.transactions.filter((t) => t.changes.some((change) => wanted.has(change.id)))
    const from = options.fromTransaction ? touching.findIndex((t) => t.transactionId === options.fromTransaction) : 0
    const toIndex = options.toTransaction ? touching.findIndex((t) => t.transactionId === options.toTransaction) : -1
    const slice = touching.slice(Math.max(from, 0), toIndex >= 0 ? toIndex + 1 : undefined)
    return slice.slice(0, options.limit ?? slice.length).map((t) => ({
      id: t.transactionId,
      timestamp: t.timestamp,
      author: t.identity,
      documentIDs: t.changes.map((change) => change.id),
      mutations: t.changes.map((change) =>
        change.after ? {createOrReplace: change.after} : {delete: {id: change.id}},
      ),
      effects: Object.fromEntries(t.changes.map((change) => [change.id, wholeDocumentEffects(change)])),
    }))
  }

  /** A document as it was right after the given revision, or at a moment in time. */
  documentAt(id: string, at: {revision?: string; time?: string}): LakeDocument | null | undefined {
    let found: LakeDocument | null | undefined
    for (const t of this.transactions) {
      if (at.time && t.timestamp > at.time) break
      const change = t.changes.find((c) => c.id === id)
      if (!change) continue
      found = change.after
      if (at.revision && t.transactionId === at.revision) return found
    }
    return at.revision ? undefined : found
  }
}
