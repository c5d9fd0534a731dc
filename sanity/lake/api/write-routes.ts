import {Hono} from 'hono'
import type {z} from 'zod'
import {actionsBodySchema, applyActions} from '../actions.ts'
import {LakeHttpError} from '../http.ts'
import {applyTransaction, mutateBodySchema} from '../mutations.ts'
import {commitTransaction} from './commit.ts'
import {readJson, requireDataset, requireToken, type LakeEnv, type LakeRequest} from './context.ts'
import {identityOf} from './identity.ts'

/** What both write endpoints check first: the dataset, the token, and a body that fits. */
async function writeRequest<T>(c: LakeRequest, schema: z.ZodType<T>, errorType: string): Promise<T> {
  requireDataset(c)
  requireToken(c, 'Writing')
  const body = schema.safeParse(await readJson(c))
  if (!body.success) {
    const issue = body.error.issues[0]
    throw new LakeHttpError(400, errorType, `Invalid request at ${issue.path.join('.') || 'body'}: ${issue.message}`)
  }
  return body.data
}

async function mutate(c: LakeRequest): Promise<Response> {
  const body = await writeRequest(c, mutateBodySchema, 'mutationError')
  const lake = c.get('lake')
  const transaction = applyTransaction(body.mutations, (id) => lake.store.get(id), {
    transactionId: body.transactionId,
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
  const body = await writeRequest(c, actionsBodySchema, 'actionError')
  const lake = c.get('lake')
  const transaction = applyActions(body.actions, (id) => lake.store.get(id), {
    transactionId: body.transactionId,
    identity: identityOf(c),
  })
  if (!body.dryRun) await commitTransaction(lake, transaction)
  return c.json({transactionId: transaction.transactionId})
}

export const writeRoutes = new Hono<LakeEnv>().post('/data/mutate/:dataset', mutate).post('/data/actions/:dataset', act)
