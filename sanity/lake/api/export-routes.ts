import {Hono} from 'hono'
import {stream} from 'hono/streaming'
import {isPrivateId} from '../documents.ts'
import {isAuthorized, requireDataset, type LakeEnv} from './context.ts'

/**
 * `GET /data/export/{dataset}`: every document as NDJSON, what `@sanity/export` (and so
 * `sanity dataset export`) reads in its stream mode, asset documents included with their URLs.
 * Drafts only with a token, like every other read.
 */
export const exportRoutes = new Hono<LakeEnv>().get('/data/export/:dataset', (c) => {
  requireDataset(c)
  const types = new Set((c.req.query('types') ?? '').split(',').filter(Boolean))
  const authorised = isAuthorized(c)
  const documents = c
    .get('lake')
    .store.documents()
    .filter((doc) => (authorised || !isPrivateId(doc._id)) && (!types.size || types.has(doc._type)))
  c.header('content-type', 'application/x-ndjson')
  return stream(c, async (out) => {
    for (const doc of documents) await out.write(`${JSON.stringify(doc)}\n`)
  })
})
