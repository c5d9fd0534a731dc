import type {Transaction} from '../transaction.ts'
import type {LakeContext} from './context.ts'

/**
 * Builds a transaction on the dataset as it stands, stores it, then tells live listeners, the
 * history log and the site's webhook. `build` runs in the store's turn (see DatasetStore.write),
 * so a conflict it throws reaches the caller and nothing is stored.
 */
export function commitTransaction<T extends Transaction>(
  lake: LakeContext,
  build: () => T | Promise<T>,
  {notifySite = true} = {},
): Promise<T> {
  return lake.store.write(build, (transaction) => {
    lake.history.record(transaction)
    // Listeners hear of it once the writer's response is on its way, as with Sanity's API: the
    // Studio, seeing a new article's published version appear, remounts the pane and cancels the
    // publish request still open (a failed request in the browser, although the write held).
    setImmediate(() => void lake.events.publish(transaction))
    if (notifySite) lake.webhooks?.notify(transaction)
  })
}
