import {Hono} from 'hono'
import {z} from 'zod'
import {isPrivateId, type LakeDocument} from '../documents.ts'
import {LakeHttpError} from '../http.ts'
import {documentsFor, needsToken, parsePerspective} from '../perspectives.ts'
import {paramsFromSearch, runQuery} from '../query.ts'
import {cacheKey, cachedResult, cachedView, queryTime} from '../query-cache.ts'
import {isAuthorized, readJson, requireDataset, requireToken, type LakeEnv, type LakeRequest} from './context.ts'

const queryBodySchema = z.object({
  query: z.string().min(1, 'query is required'),
  params: z.record(z.string(), z.unknown()).optional(),
  perspective: z.union([z.string(), z.array(z.string())]).optional(),
})

async function query(c: LakeRequest): Promise<Response> {
  requireDataset(c)
  const lake = c.get('lake')
  const started = performance.now()
  const url = new URL(c.req.url)
  let text: string | null
  let params: Record<string, unknown>
  let perspectiveName: string | string[] | null = url.searchParams.get('perspective')
  if (c.req.method === 'POST') {
    const body = queryBodySchema.safeParse(await readJson(c))
    if (!body.success) throw new LakeHttpError(400, 'httpBadRequest', body.error.issues[0].message)
    text = body.data.query
    params = body.data.params ?? {}
    perspectiveName = body.data.perspective ?? perspectiveName
  } else {
    text = url.searchParams.get('query')
    params = paramsFromSearch(url.searchParams)
  }
  if (!text) throw new LakeHttpError(400, 'httpBadRequest', 'Missing "query" parameter')
  const groq = text
  const perspective = parsePerspective(perspectiveName)
  if (!perspective) {
    throw new LakeHttpError(
      400,
      'httpBadRequest',
      `Unknown perspective "${String(perspectiveName)}" (published, drafts, raw, or release ids with drafts)`,
    )
  }
  if (needsToken(perspective)) requireToken(c, `The "${perspective}" perspective`)
  const snapshot = lake.store.documents()
  const dataset = cachedView(snapshot, perspective, () => documentsFor(perspective, snapshot))
  const sanity = {projectId: lake.projectId, dataset: lake.dataset}
  const now = Date.now()
  const result = await cachedResult(snapshot, cacheKey(perspective, groq, params, now), () =>
    runQuery(groq, params, dataset, sanity, queryTime(now)),
  )
  return c.json({
    ...(url.searchParams.get('returnQuery') === 'true' ? {query: groq} : {}),
    result,
    ms: Math.round(performance.now() - started),
    syncTags: [lake.syncTag],
  })
}

// Hono hands back a badly encoded parameter as it came; Sanity answers such a path with a 400.
function decodedIds(raw: string): string[] {
  try {
    return decodeURIComponent(raw).split(',').filter(Boolean)
  } catch {
    throw new LakeHttpError(400, 'httpBadRequest', 'Document ids are not validly URL-encoded')
  }
}

/** `GET /data/doc/{dataset}/{ids}`: documents by id, drafts only with a token. */
export const queryRoutes = new Hono<LakeEnv>()
  .get('/data/query/:dataset', query)
  .post('/data/query/:dataset', query)
  .get('/data/doc/:dataset/:ids', (c) => {
    requireDataset(c)
    const lake = c.get('lake')
    const ids = decodedIds(new URL(c.req.url).pathname.split('/').pop() ?? '')
    const authorised = isAuthorized(c)
    const documents: LakeDocument[] = []
    const omitted: {id: string; reason: string}[] = []
    for (const id of ids) {
      const doc = lake.store.get(id)
      if (!authorised && isPrivateId(id)) omitted.push({id, reason: 'permission'})
      else if (!doc) omitted.push({id, reason: 'existence'})
      else documents.push(doc)
    }
    return c.json({documents, omitted})
  })
