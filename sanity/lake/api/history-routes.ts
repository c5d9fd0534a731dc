import {Hono} from 'hono'
import {LakeHttpError} from '../http.ts'
import {requireDataset, requireToken, type LakeEnv} from './context.ts'

const ids = (value: string) => value.split(',').filter(Boolean)

/** Sanity's history API over the lake's transaction log, for the Studio's history panel. */
export const historyRoutes = new Hono<LakeEnv>()
  .get('/data/history/:dataset/transactions/:ids', (c) => {
    requireDataset(c)
    requireToken(c, 'History')
    const limit = Number(c.req.query('limit') ?? NaN)
    let transactions = c.get('lake').history.transactionsFor(ids(c.req.param('ids')), {
      fromTransaction: c.req.query('fromTransaction'),
      toTransaction: c.req.query('toTransaction'),
    })
    if (c.req.query('reverse') === 'true') transactions = transactions.reverse()
    if (Number.isInteger(limit) && limit > 0) transactions = transactions.slice(0, limit)
    const excludeContent = c.req.query('excludeContent') === 'true'
    const lines = transactions.map((t) => JSON.stringify(excludeContent ? {...t, mutations: []} : t))
    return c.body(lines.length ? `${lines.join('\n')}\n` : '', 200, {'content-type': 'application/x-ndjson'})
  })
  .get('/data/history/:dataset/documents/:ids', (c) => {
    requireDataset(c)
    requireToken(c, 'History')
    const revision = c.req.query('revision')
    const time = c.req.query('time')
    if (!revision && !time) throw new LakeHttpError(400, 'httpBadRequest', 'Pass "revision" or "time"')
    const history = c.get('lake').history
    const documents = ids(c.req.param('ids'))
      .map((id) => history.documentAt(id, {revision, time}) ?? c.get('lake').store.get(id))
      .filter((doc) => doc && (!revision || doc._rev === revision))
    return c.json({documents})
  })
