import type {IncomingMessage, ServerResponse} from 'node:http'
import {parse} from 'groq-js'
import {z} from 'zod'
import {hasToken, requireToken} from './auth.ts'
import {isPrivateId, type LakeDocument} from './documents.ts'
import type {EventHub} from './events.ts'
import {LakeHttpError, MAX_ASSET_BODY_BYTES, readBody, readJsonBody, sendJson} from './http.ts'
import {parseImageTransform, renderImage} from './images.ts'
import {applyTransaction, mutateBodySchema, type Transaction} from './mutations.ts'
import {documentsFor, needsToken, parsePerspective} from './perspectives.ts'
import {paramsFromSearch, runQuery} from './query.ts'
import {cacheKey, cachedResult, cachedView, queryTime} from './query-cache.ts'
import type {DatasetStore} from './store.ts'
import type {WebhookSender} from './webhooks.ts'

export type LakeContext = {
  store: DatasetStore
  events: EventHub
  webhooks?: WebhookSender
  token: string
  projectId: string
  dataset: string
  baseUrl: string
  syncTag: string
}

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL, ctx: LakeContext) => Promise<void>

const queryBodySchema = z.object({
  query: z.string().min(1, 'query is required'),
  params: z.record(z.string(), z.unknown()).optional(),
  perspective: z.string().optional(),
})

const handleQuery: Handler = async (req, res, url, ctx) => {
  const started = performance.now()
  let query: string | null
  let params: Record<string, unknown>
  let perspectiveName = url.searchParams.get('perspective')
  if (req.method === 'POST') {
    const body = queryBodySchema.safeParse(await readJsonBody(req))
    if (!body.success) throw new LakeHttpError(400, 'httpBadRequest', body.error.issues[0].message)
    query = body.data.query
    params = body.data.params ?? {}
    perspectiveName = body.data.perspective ?? perspectiveName
  } else {
    query = url.searchParams.get('query')
    params = paramsFromSearch(url.searchParams)
  }
  if (!query) throw new LakeHttpError(400, 'httpBadRequest', 'Missing "query" parameter')
  const perspective = parsePerspective(perspectiveName)
  if (!perspective) {
    throw new LakeHttpError(400, 'httpBadRequest', `Unknown perspective "${perspectiveName}" (published, drafts or raw)`)
  }
  if (needsToken(perspective)) requireToken(req, ctx.token, `The "${perspective}" perspective`)
  const snapshot = ctx.store.documents()
  const dataset = cachedView(snapshot, perspective, () => documentsFor(perspective, snapshot))
  const sanity = {projectId: ctx.projectId, dataset: ctx.dataset}
  const now = Date.now()
  const result = await cachedResult(snapshot, cacheKey(perspective, query, params, now), () =>
    runQuery(query as string, params, dataset, sanity, queryTime(now)),
  )
  sendJson(res, 200, {
    ...(url.searchParams.get('returnQuery') === 'true' ? {query} : {}),
    result,
    ms: Math.round(performance.now() - started),
    syncTags: [ctx.syncTag],
  })
}

const handleDocuments: Handler = async (req, res, url, ctx) => {
  let ids: string[]
  try {
    ids = decodeURIComponent(url.pathname.split('/').pop() ?? '').split(',').filter(Boolean)
  } catch {
    throw new LakeHttpError(400, 'httpBadRequest', 'Document ids are not validly URL-encoded')
  }
  const authorised = hasToken(req, ctx.token)
  const documents: LakeDocument[] = []
  const omitted: {id: string; reason: string}[] = []
  for (const id of ids) {
    const doc = ctx.store.get(id)
    if (!authorised && isPrivateId(id)) omitted.push({id, reason: 'permission'})
    else if (!doc) omitted.push({id, reason: 'existence'})
    else documents.push(doc)
  }
  sendJson(res, 200, {documents, omitted})
}

/** Stores a transaction's results, then tells live listeners (after the write is durable). */
async function commitAndPublish(ctx: LakeContext, transaction: Transaction): Promise<void> {
  await ctx.store.commit(new Map(transaction.changes.map((change) => [change.id, change.after])))
  void ctx.events.publish(transaction)
}

const handleMutate: Handler = async (req, res, url, ctx) => {
  requireToken(req, ctx.token, 'Writing')
  const body = mutateBodySchema.safeParse(await readJsonBody(req))
  if (!body.success) {
    const issue = body.error.issues[0]
    throw new LakeHttpError(400, 'mutationError', `Invalid mutation at ${issue.path.join('.') || 'body'}: ${issue.message}`)
  }
  const transaction = applyTransaction(body.data.mutations, (id) => ctx.store.get(id), body.data.transactionId)
  const dryRun = url.searchParams.get('dryRun') === 'true'
  if (!dryRun && transaction.changes.length) {
    await commitAndPublish(ctx, transaction)
    ctx.webhooks?.notify(transaction)
  }
  const afterById = new Map(transaction.changes.map((change) => [change.id, change.after]))
  const returnDocuments = url.searchParams.get('returnDocuments') === 'true'
  sendJson(res, 200, {
    transactionId: transaction.transactionId,
    results: transaction.results.map((result) => ({
      ...result,
      ...(returnDocuments ? {document: afterById.get(result.id) ?? ctx.store.get(result.id)} : {}),
    })),
    ...(url.searchParams.get('returnIds') === 'true' ? {documentIds: transaction.results.map((r) => r.id)} : {}),
  })
}

const handleUpload: Handler = async (req, res, url, ctx) => {
  requireToken(req, ctx.token, 'Uploading')
  const bytes = await readBody(req, MAX_ASSET_BODY_BYTES)
  if (!bytes.length) throw new LakeHttpError(400, 'httpBadRequest', 'Empty upload')
  const context = {projectId: ctx.projectId, dataset: ctx.dataset, baseUrl: ctx.baseUrl}
  const filename = url.searchParams.get('filename') ?? undefined
  const asset = await ctx.store.storeImage(bytes, context, filename).catch((error: Error) => {
    throw new LakeHttpError(400, 'httpBadRequest', `Upload is not an image the lake can store: ${error.message}`)
  })
  const transaction = applyTransaction([{createIfNotExists: asset}], (id) => ctx.store.get(id))
  if (transaction.changes.length) {
    await commitAndPublish(ctx, transaction)
  }
  sendJson(res, 200, {document: ctx.store.get(asset._id)})
}

const handleImage: Handler = async (req, res, url, ctx) => {
  const [, , projectId, dataset, fileName] = url.pathname.split('/')
  if (projectId !== ctx.projectId || dataset !== ctx.dataset || !fileName) {
    throw new LakeHttpError(404, 'notFound', 'No such image')
  }
  const transform = parseImageTransform(url.searchParams)
  const acceptsWebp = (req.headers.accept ?? '').includes('image/webp')
  const image = await renderImage(ctx.store.imageFilePath(fileName), fileName, transform, acceptsWebp)
  res.writeHead(200, {
    'content-type': image.contentType,
    'content-length': image.body.length,
    // Asset URLs name the file's hash, so a given URL never changes content.
    'cache-control': 'public, max-age=31536000, immutable',
    vary: 'accept',
  })
  res.end(image.body)
}

const handleListen: Handler = async (req, res, url, ctx) => {
  const query = url.searchParams.get('query')
  if (!query) throw new LakeHttpError(400, 'httpBadRequest', 'Missing "query" parameter')
  const params = paramsFromSearch(url.searchParams)
  let filter: ReturnType<typeof parse>
  try {
    filter = parse(query, {params})
  } catch (error) {
    throw new LakeHttpError(400, 'queryParseError', (error as Error).message, {query})
  }
  ctx.events.addListener(res, {
    filter,
    params,
    includeResult: url.searchParams.get('includeResult') !== 'false',
    includePrivate: hasToken(req, ctx.token),
  })
}

const handleLiveEvents: Handler = async (req, res, url, ctx) => {
  if (url.searchParams.get('includeDrafts') === 'true') requireToken(req, ctx.token, 'Live events for drafts')
  ctx.events.addLiveClient(res)
}

type Route = {method: string; pattern: RegExp; handler: Handler}

const API = '^/v[\\w-]+'
const DATASET = '([\\w-]+)'
export const routes: Route[] = [
  {method: 'GET', pattern: new RegExp(`${API}/data/query/${DATASET}$`), handler: handleQuery},
  {method: 'POST', pattern: new RegExp(`${API}/data/query/${DATASET}$`), handler: handleQuery},
  {method: 'GET', pattern: new RegExp(`${API}/data/doc/${DATASET}/[^/]+$`), handler: handleDocuments},
  {method: 'POST', pattern: new RegExp(`${API}/data/mutate/${DATASET}$`), handler: handleMutate},
  {method: 'GET', pattern: new RegExp(`${API}/data/listen/${DATASET}$`), handler: handleListen},
  {method: 'GET', pattern: new RegExp(`${API}/data/live/events/${DATASET}$`), handler: handleLiveEvents},
  {method: 'POST', pattern: new RegExp(`${API}/assets/images/${DATASET}$`), handler: handleUpload},
  {method: 'GET', pattern: /^\/images\/[^/]+\/[^/]+\/[^/]+$/, handler: handleImage},
]
