import {randomBytes} from 'node:crypto'
import {Mutation} from '@sanity/mutator'
import {z} from 'zod'
import {LakeHttpError} from './http.ts'
import type {LakeDocument} from './documents.ts'

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

const mutationSchema = z.union([
  z.strictObject({create: newDocument}),
  z.strictObject({createOrReplace: documentWithId}),
  z.strictObject({createIfNotExists: documentWithId}),
  z.strictObject({delete: z.strictObject({id: documentId})}),
  z.strictObject({patch: patchSchema}),
])

export const mutateBodySchema = z.strictObject({
  mutations: z.array(mutationSchema).min(1, 'A transaction needs at least one mutation'),
  transactionId: z.string().optional(),
})

export type MutationInput = z.infer<typeof mutationSchema>
export type MutationResult = {id: string; operation: 'create' | 'update' | 'delete' | 'none'}
export type DocumentChange = {id: string; before: LakeDocument | null; after: LakeDocument | null}

export type Transaction = {
  transactionId: string
  timestamp: string
  results: MutationResult[]
  changes: DocumentChange[]
}

/** Applies mutations in order, in memory; nothing is stored unless every one of them succeeds. */
export function applyTransaction(
  mutations: MutationInput[],
  lookup: (id: string) => LakeDocument | undefined,
  transactionId = randomBytes(11).toString('hex'),
): Transaction {
  const timestamp = new Date().toISOString()
  const working = new Map<string, LakeDocument | null>()
  const originals = new Map<string, LakeDocument | null>()
  const current = (id: string) => (working.has(id) ? (working.get(id) ?? null) : (lookup(id) ?? null))
  const put = (id: string, doc: LakeDocument | null) => {
    if (!originals.has(id)) originals.set(id, lookup(id) ?? null)
    working.set(id, doc)
  }

  const results = mutations.map((mutation): MutationResult => {
    if ('create' in mutation) {
      const id = mutation.create._id ?? randomBytes(11).toString('hex')
      if (current(id)) throw conflict(`Document by ID "${id}" already exists`)
      put(id, {...clone(mutation.create), _id: id})
      return {id, operation: 'create'}
    }
    if ('createOrReplace' in mutation) {
      const doc = clone(mutation.createOrReplace) as LakeDocument
      const existing = current(doc._id)
      put(doc._id, {...doc, _createdAt: existing?._createdAt ?? doc._createdAt})
      return {id: doc._id, operation: existing ? 'update' : 'create'}
    }
    if ('createIfNotExists' in mutation) {
      const doc = clone(mutation.createIfNotExists) as LakeDocument
      if (current(doc._id)) return {id: doc._id, operation: 'none'}
      put(doc._id, doc)
      return {id: doc._id, operation: 'create'}
    }
    if ('delete' in mutation) {
      const {id} = mutation.delete
      if (!current(id)) return {id, operation: 'none'}
      put(id, null)
      return {id, operation: 'delete'}
    }
    const {patch} = mutation
    const existing = current(patch.id)
    if (!existing) throw conflict(`Cannot patch document "${patch.id}": it does not exist`)
    if (patch.ifRevisionID && patch.ifRevisionID !== existing._rev) {
      throw conflict(`Document "${patch.id}" has revision ${existing._rev}, not ${patch.ifRevisionID}`)
    }
    put(patch.id, applyPatch(existing, patch))
    return {id: patch.id, operation: 'update'}
  })

  const changes: DocumentChange[] = []
  for (const [id, after] of working) {
    const before = originals.get(id) ?? null
    if (after === null && before === null) continue
    changes.push({id, before, after: after && stamp(after, transactionId, timestamp)})
  }
  return {transactionId, timestamp, results, changes}
}

function applyPatch(doc: LakeDocument, patch: z.infer<typeof patchSchema>): LakeDocument {
  const {ifRevisionID: _checked, ...operations} = patch
  try {
    const patched = new Mutation({mutations: [{patch: clone(operations)}]}).apply(clone(doc))
    return patched as LakeDocument
  } catch (error) {
    throw new LakeHttpError(400, 'mutationError', `Patch on "${patch.id}" failed: ${(error as Error).message}`)
  }
}

function stamp(doc: LakeDocument, rev: string, timestamp: string): LakeDocument {
  return {...doc, _rev: rev, _createdAt: doc._createdAt ?? timestamp, _updatedAt: timestamp}
}

function conflict(description: string): LakeHttpError {
  return new LakeHttpError(409, 'mutationError', description)
}

function clone<T>(value: T): T {
  return structuredClone(value)
}
