import {z} from 'zod'
import {DRAFTS_PREFIX, type LakeDocument} from './documents.ts'
import {applyPatch, conflict, patchInput} from './mutations.ts'
import {PendingTransaction, type Transaction, type TransactionOptions} from './transaction.ts'

const id = z.string().regex(/^[a-zA-Z0-9._-]{1,128}$/, 'Document ids are 1-128 letters, digits, ".", "_" or "-"')
const attributes = z.looseObject({_id: id.optional(), _type: z.string().min(1)})

// The Actions API as the Studio uses it (sanity 6, @sanity/client 8): the document pair
// (published and draft) is the unit, and each action states which revision it expects.
const actionSchema = z.discriminatedUnion('actionType', [
  z.object({
    actionType: z.literal('sanity.action.document.create'),
    publishedId: id,
    attributes,
    ifExists: z.enum(['fail', 'ignore']).default('fail'),
  }),
  z.object({
    actionType: z.literal('sanity.action.document.edit'),
    draftId: id,
    publishedId: id,
    patch: patchInput.omit({id: true}),
  }),
  z.object({
    actionType: z.literal('sanity.action.document.publish'),
    draftId: id,
    publishedId: id,
    ifDraftRevisionId: z.string().optional(),
    ifPublishedRevisionId: z.string().optional(),
  }),
  z.object({actionType: z.literal('sanity.action.document.unpublish'), draftId: id, publishedId: id}),
  z.object({
    actionType: z.literal('sanity.action.document.delete'),
    publishedId: id,
    includeDrafts: z.array(id).optional(),
    purge: z.boolean().optional(),
  }),
  z.object({actionType: z.literal('sanity.action.document.discard'), draftId: id, purge: z.boolean().optional()}),
  z.object({actionType: z.literal('sanity.action.document.replaceDraft'), publishedId: id, attributes}),
  // The Studio discards a draft's changes with this one, releases or not.
  z.object({
    actionType: z.literal('sanity.action.document.version.discard'),
    versionId: id,
    purge: z.boolean().optional(),
  }),
])

export const actionsBodySchema = z.object({
  actions: z.array(actionSchema).min(1, 'A request needs at least one action'),
  transactionId: z.string().optional(),
  dryRun: z.boolean().optional(),
  skipCrossDatasetReferenceValidation: z.boolean().optional(),
})

export type LakeAction = z.infer<typeof actionSchema>

/** Runs actions as one transaction: all of them apply, or none does. */
export function applyActions(
  actions: LakeAction[],
  lookup: (id: string) => LakeDocument | undefined,
  options: TransactionOptions = {},
): Transaction {
  const pending = new PendingTransaction(lookup, options)
  for (const action of actions) applyAction(pending, action)
  return pending.finish()
}

function applyAction(pending: PendingTransaction, action: LakeAction): void {
  switch (action.actionType) {
    case 'sanity.action.document.create': {
      const targetId = action.attributes._id ?? `${DRAFTS_PREFIX}${action.publishedId}`
      if (pending.current(targetId)) {
        if (action.ifExists === 'ignore') return
        throw conflict(`Document "${targetId}" already exists`)
      }
      pending.put(targetId, {...action.attributes, _id: targetId})
      return
    }
    case 'sanity.action.document.edit': {
      // Editing a published document without a draft starts the draft from it.
      const base = pending.current(action.draftId) ?? pending.current(action.publishedId)
      if (!base) throw conflict(`Cannot edit "${action.publishedId}": it has neither a draft nor a published version`)
      const draft = {...base, _id: action.draftId}
      if (action.patch.ifRevisionID !== undefined)
        expectRevision(pending.current(action.draftId), action.patch.ifRevisionID, action.draftId)
      pending.put(action.draftId, applyPatch(draft, action.patch))
      return
    }
    case 'sanity.action.document.publish': {
      const draft = pending.current(action.draftId)
      const published = pending.current(action.publishedId)
      if (!draft) throw conflict(`Cannot publish "${action.publishedId}": it has no draft`)
      expectRevision(draft, action.ifDraftRevisionId, action.draftId)
      if (action.ifPublishedRevisionId !== undefined) {
        expectRevision(published, action.ifPublishedRevisionId, action.publishedId)
      }
      pending.put(action.publishedId, {
        ...draft,
        _id: action.publishedId,
        _createdAt: published?._createdAt ?? draft._createdAt,
      })
      pending.put(action.draftId, null)
      return
    }
    case 'sanity.action.document.unpublish': {
      const published = pending.current(action.publishedId)
      if (!published) throw conflict(`Cannot unpublish "${action.publishedId}": it is not published`)
      // What was live stays editable as a draft, so unpublishing never loses text.
      if (!pending.current(action.draftId)) pending.put(action.draftId, {...published, _id: action.draftId})
      pending.put(action.publishedId, null)
      return
    }
    case 'sanity.action.document.delete': {
      const ids = [action.publishedId, `${DRAFTS_PREFIX}${action.publishedId}`, ...(action.includeDrafts ?? [])]
      if (!ids.some((docId) => pending.current(docId))) {
        throw conflict(`Cannot delete "${action.publishedId}": it does not exist`)
      }
      for (const docId of new Set(ids)) if (pending.current(docId)) pending.put(docId, null)
      return
    }
    case 'sanity.action.document.discard':
    case 'sanity.action.document.version.discard': {
      const targetId = 'draftId' in action ? action.draftId : action.versionId
      if (!pending.current(targetId)) throw conflict(`Cannot discard "${targetId}": there is no such draft or version`)
      pending.put(targetId, null)
      return
    }
    case 'sanity.action.document.replaceDraft': {
      const targetId = action.attributes._id ?? `${DRAFTS_PREFIX}${action.publishedId}`
      pending.put(targetId, {...action.attributes, _id: targetId})
      return
    }
  }
}

function expectRevision(doc: LakeDocument | null, expected: string | undefined, docId: string): void {
  if (expected === undefined) return
  if (doc?._rev !== expected) {
    throw conflict(`Document "${docId}" has revision ${doc?._rev ?? '(none)'}, not ${expected}`)
  }
}
