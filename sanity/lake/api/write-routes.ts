import {Hono} from 'hono'
import type {z} from 'zod'
import {actionsBodySchema, applyActions} from '../actions.ts'
import {isRecord} from '../documents.ts'
import {LakeHttpError} from '../http.ts'
import {applyTransaction, mutateBodySchema, resolveQueryDeletes} from '../mutations.ts'
import {runQuery} from '../query.ts'
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
  const sanity = {projectId: lake.projectId, dataset: lake.dataset}
  const options = {transactionId: body.transactionId, identity: identityOf(c)}
  // Query deletes resolve inside the write's turn, against the documents it will change.
  const build = async () => {
    const mutations = await resolveQueryDeletes(body.mutations, async (query, params) => {
      const found = await runQuery(query, params, lake.store.documents(), sanity)
      const docs = Array.isArray(found) ? found : [found]
      return docs.flatMap((doc) => (isRecord(doc) && typeof doc._id === 'string' ? [doc._id] : []))
    })
    return applyTransaction(mutations, (id) => lake.store.get(id), options)
  }
  const transaction = c.req.query('dryRun') === 'true' ? await build() : await commitTransaction(lake, build)
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
  const build = () =>
    applyActions(body.actions, (id) => lake.store.get(id), {transactionId: body.transactionId, identity: identityOf(c)})
  const transaction = body.dryRun ? build() : await commitTransaction(lake, build)
  return c.json({transactionId: transaction.transactionId})
}

export const writeRoutes = new Hono<LakeEnv>().post('/data/mutate/:dataset', mutate).post('/data/actions/:dataset', act)
