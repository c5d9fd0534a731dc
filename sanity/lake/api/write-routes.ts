import {Hono} from 'hono'
import type {z} from 'zod'
import {actionsBodySchema, applyActions} from '../actions.ts'
import {LakeHttpError} from '../http.ts'
import {applyTransaction, mutateBodySchema} from '../mutations.ts'
import {commitTransaction} from './commit.ts'
import {readJson, requireDataset, requireToken, type LakeEnv, type LakeRequest} from './context.ts'
import {identityOf} from './identity.ts'

function invalid(type: string, error: z.ZodError): LakeHttpError {
  const issue = error.issues[0]
  return new LakeHttpError(400, type, `Invalid request at ${issue.path.join('.') || 'body'}: ${issue.message}`)
}

async function mutate(c: LakeRequest): Promise<Response> {
  requireDataset(c)
  requireToken(c, 'Writing')
  const lake = c.get('lake')
  const body = mutateBodySchema.safeParse(await readJson(c))
  if (!body.success) throw invalid('mutationError', body.error)
  const transaction = applyTransaction(body.data.mutations, (id) => lake.store.get(id), {
    transactionId: body.data.transactionId,
    identity: identityOf(c),
  })
  if (c.req.query('dryRun') !== 'true') await commitTransaction(lake, transaction)
  const afterById = new Map(transaction.changes.map((change) => [change.id, change.after]))
  const returnDocuments = c.req.query('returnDocuments') === 'true'
  return c.json({
    transactionId: transaction.transactionId,
    results: transaction.results.map((result) => ({
      ...result,
      ...(returnDocuments ? {document: afterById.get(result.id) ?? lake.store.get(result.id)} : {}),
    })),
    ...(c.req.query('returnIds') === 'true' ? {documentIds: transaction.results.map((r) => r.id)} : {}),
  })
}

// The Studio edits, publishes, unpublishes and deletes through the Actions API.
async function act(c: LakeRequest): Promise<Response> {
  requireDataset(c)
  requireToken(c, 'Writing')
  const lake = c.get('lake')
  const body = actionsBodySchema.safeParse(await readJson(c))
  if (!body.success) throw invalid('actionError', body.error)
  const transaction = applyActions(body.data.actions, (id) => lake.store.get(id), {
    transactionId: body.data.transactionId,
    identity: identityOf(c),
  })
  if (!body.data.dryRun) await commitTransaction(lake, transaction)
  return c.json({transactionId: transaction.transactionId})
}

export const writeRoutes = new Hono<LakeEnv>().post('/data/mutate/:dataset', mutate).post('/data/actions/:dataset', act)
