import 'server-only'
import {serverEnv} from '../../lib/server-env.ts'
import {client} from './client.ts'
import {PAGES_WITH_HISTORY} from './moved.queries.ts'

type Change = {_id: string; _type: string; slug?: string; previousSlug?: string}

const writer = serverEnv.writeToken
  ? client.withConfig({token: serverEnv.writeToken, useCdn: false, perspective: 'raw', maxRetries: 2})
  : null
let warned = false

/** The history after a rename: the old slug added once, the new one taken out (a page renamed back). */
export function nextHistory(history: readonly string[], previousSlug: string, slug: string): string[] {
  return [...history.filter((old) => old !== previousSlug && old !== slug), previousSlug]
}

/**
 * Keeps a renamed page's old slug in its `previousSlugs`, in the published document and in its
 * draft if it has one (a draft without it would drop it on its next publish). Called from the
 * revalidate webhook, which hears of every change whichever client made it: the Studio, a script,
 * the HTTP API, an import. Writing the document sends the webhook again, with no rename in it.
 */
export async function recordPreviousSlug(change: Change): Promise<void> {
  const {_id, _type, slug, previousSlug} = change
  if (!slug || !previousSlug || slug === previousSlug) return
  if (!(PAGES_WITH_HISTORY as readonly string[]).includes(_type) || _id.startsWith('drafts.')) return
  if (!writer) {
    if (!warned) console.error('[content] SANITY_API_WRITE_TOKEN is not set: renamed pages lose their old addresses')
    warned = true
    return
  }
  const ids = [_id, `drafts.${_id}`]
  const documents = await writer.fetch<{_id: string; _rev: string; previousSlugs?: string[]}[]>(
    '*[_id in $ids]{_id, _rev, previousSlugs}',
    {ids},
  )
  const transaction = writer.transaction()
  for (const document of documents) {
    const history = nextHistory(document.previousSlugs ?? [], previousSlug, slug)
    // ifRevisionId: an edit that landed since is not overwritten; the write fails and is logged.
    transaction.patch(document._id, (patch) => patch.ifRevisionId(document._rev).set({previousSlugs: history}))
  }
  if (documents.length) await transaction.commit({visibility: 'sync'})
}
