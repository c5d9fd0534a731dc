import type {Transaction} from '../transaction.ts'
import type {LakeContext} from './context.ts'

/**
 * Stores a transaction, then tells live listeners, the history log and the site's webhook.
 * Listeners hear of it only after the write is durable.
 */
export async function commitTransaction(lake: LakeContext, transaction: Transaction, {notifySite = true} = {}): Promise<void> {
  if (!transaction.changes.length) return
  await lake.store.commit(new Map(transaction.changes.map((change) => [change.id, change.after])))
  lake.history.record(transaction)
  void lake.events.publish(transaction)
  if (notifySite) lake.webhooks?.notify(transaction)
}
