import {randomBytes} from 'node:crypto'
import {Mutation} from '@sanity/mutator'
import {z} from 'zod'
import {LakeHttpError} from './http.ts'
import type {LakeDocument} from './documents.ts'
import {PendingTransaction, type Transaction, type TransactionOptions} from './transaction.ts'

const documentId = z
  .string()
  .regex(/^[a-zA-Z0-9._-]{1,128}$/, 'Document ids are 1-128 characters of letters, digits, ".", "_" and "-"')
const newDocument = z.looseObject({_id: documentId.optional(), _type: z.string().min(1)})
const documentWithId = z.looseObject({_id: documentId, _type: z.string().min(1)})
const pathMap = z.record(z.string(), z.unknown())

// strictObject: an operation the lake does not know is refused, never silently skipped.
const patchSchema = z.strictObject({
  id: documentId,
  ifRevisionID: z.string().optional(),
  set: pathMap.optional(),
  setIfMissing: pathMap.optional(),
  unset: z.array(z.string()).optional(),
  inc: z.record(z.string(), z.number()).optional(),
  dec: z.record(z.string(), z.number()).optional(),
  insert: z
    .union([
      z.strictObject({before: z.string(), items: z.array(z.unknown())}),
      z.strictObject({after: z.string(), items: z.array(z.unknown())}),
      z.strictObject({replace: z.string(), items: z.array(z.unknown())}),
    ])
    .optional(),
  diffMatchPatch: z.record(z.string(), z.string()).optional(),
})

const deleteById = z.strictObject({delete: z.strictObject({id: documentId})})
// What the Presentation tool sends to clear expired preview secrets: delete what a query finds.
const deleteByQuery = z.strictObject({
  delete: z.strictObject({query: z.string().min(1), params: z.record(z.string(), z.unknown()).optional()}),
})

const mutationSchema = z.union([
  z.strictObject({create: newDocument}),
  z.strictObject({createOrReplace: documentWithId}),
  z.strictObject({createIfNotExists: documentWithId}),
  deleteById,
  deleteByQuery,
  z.strictObject({patch: patchSchema}),
])

export const mutateBodySchema = z.strictObject({
  mutations: z.array(mutationSchema).min(1, 'A transaction needs at least one mutation'),
  transactionId: z.string().optional(),
})

export type MutationRequest = z.infer<typeof mutationSchema>
/** A mutation with its query deletes resolved to ids: what a transaction applies. */
export type MutationInput = Exclude<MutationRequest, z.infer<typeof deleteByQuery>>

/**
 * Turns each delete-by-query into deletes of the ids the query finds now (before the
 * transaction: Sanity, too, evaluates the query against the dataset as it stands).
 */
export async function resolveQueryDeletes(
  mutations: MutationRequest[],
  findIds: (query: string, params: Record<string, unknown>) => Promise<string[]>,
): Promise<MutationInput[]> {
  const resolved: MutationInput[] = []
  for (const mutation of mutations) {
    if ('delete' in mutation && 'query' in mutation.delete) {
      const ids = await findIds(mutation.delete.query, mutation.delete.params ?? {})
      resolved.push(...ids.map((id) => ({delete: {id}})))
    } else {
      resolved.push(mutation as MutationInput)
    }
  }
  return resolved
}
export type MutationResult = {id: string; operation: 'create' | 'update' | 'delete' | 'none'}
export type MutationTransaction = Transaction & {results: MutationResult[]}

/** Applies mutations in order, in memory; nothing is stored unless every one of them succeeds. */
export function applyTransaction(
  mutations: MutationInput[],
  lookup: (id: string) => LakeDocument | undefined,
  options: TransactionOptions = {},
): MutationTransaction {
  const pending = new PendingTransaction(lookup, options)
  const results = mutations.map((mutation) => applyMutation(pending, mutation))
  return {...pending.finish(), results}
}

function applyMutation(pending: PendingTransaction, mutation: MutationInput): MutationResult {
  if ('create' in mutation) {
    const id = mutation.create._id ?? randomBytes(11).toString('hex')
    if (pending.current(id)) throw conflict(`Document by ID "${id}" already exists`)
    pending.put(id, {...mutation.create, _id: id})
    return {id, operation: 'create'}
  }
  if ('createOrReplace' in mutation) {
    const doc = mutation.createOrReplace as LakeDocument
    const existing = pending.current(doc._id)
    pending.put(doc._id, {...doc, _createdAt: existing?._createdAt ?? doc._createdAt})
    return {id: doc._id, operation: existing ? 'update' : 'create'}
  }
  if ('createIfNotExists' in mutation) {
    const doc = mutation.createIfNotExists as LakeDocument
    if (pending.current(doc._id)) return {id: doc._id, operation: 'none'}
    pending.put(doc._id, doc)
    return {id: doc._id, operation: 'create'}
  }
  if ('delete' in mutation) {
    const {id} = mutation.delete
    if (!pending.current(id)) return {id, operation: 'none'}
    pending.put(id, null)
    return {id, operation: 'delete'}
  }
  const {patch} = mutation
  const existing = pending.current(patch.id)
  if (!existing) throw conflict(`Cannot patch document "${patch.id}": it does not exist`)
  if (patch.ifRevisionID && patch.ifRevisionID !== existing._rev) {
    throw conflict(`Document "${patch.id}" has revision ${existing._rev}, not ${patch.ifRevisionID}`)
  }
  pending.put(patch.id, applyPatch(existing, patch))
  return {id: patch.id, operation: 'update'}
}

export type Patch = z.infer<typeof patchSchema>
export const patchInput = patchSchema

export function applyPatch(doc: LakeDocument, patch: Omit<Patch, 'id'> & {id?: string}): LakeDocument {
  const {ifRevisionID: _checked, id: _id, ...operations} = patch
  try {
    const patched = new Mutation({mutations: [{patch: {...clone(operations), id: doc._id}}]}).apply(clone(doc))
    return patched as LakeDocument
  } catch (error) {
    throw new LakeHttpError(400, 'mutationError', `Patch on "${doc._id}" failed: ${(error as Error).message}`)
  }
}

export function conflict(description: string): LakeHttpError {
  return new LakeHttpError(409, 'mutationError', description)
}

function clone<T>(value: T): T {
  return structuredClone(value)
}
