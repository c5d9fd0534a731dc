import {Hono} from 'hono'
import {streamSSE, type SSEStreamingApi} from 'hono/streaming'
import {parse} from 'groq-js'
import type {EventSink} from '../events.ts'
import {LakeHttpError} from '../http.ts'
import {paramsFromSearch} from '../query.ts'
import {isAuthorized, requireDataset, requireToken, type LakeEnv, type LakeRequest} from './context.ts'

function sinkFor(stream: SSEStreamingApi): EventSink {
  return {
    send: (event, data, id) => void stream.writeSSE({event, data: JSON.stringify(data), id}).catch(() => undefined),
    comment: () => void stream.write(':\n\n').catch(() => undefined),
    close: () => void stream.close(),
  }
}

/** Keeps a stream open until the client goes, registered with the hub for that long. */
function openStream(c: LakeRequest, register: (sink: EventSink) => () => void): Response {
  return streamSSE(c, async (stream) => {
    const closed = new Promise<void>((resolve) => stream.onAbort(resolve))
    const unregister = register(sinkFor(stream))
    await closed
    unregister()
  })
}

function listen(c: LakeRequest): Response {
  requireDataset(c)
  const url = new URL(c.req.url)
  const query = url.searchParams.get('query')
  if (!query) throw new LakeHttpError(400, 'httpBadRequest', 'Missing "query" parameter')
  const params = paramsFromSearch(url.searchParams)
  let filter: ReturnType<typeof parse>
  try {
    filter = parse(query, {params})
  } catch (error) {
    throw new LakeHttpError(400, 'queryParseError', (error as Error).message, {query})
  }
  const flag = (name: string, fallback: boolean) => {
    const value = url.searchParams.get(name)
    return value === null ? fallback : value === 'true'
  }
  const options = {
    filter,
    params,
    includeResult: flag('includeResult', true),
    includePreviousRevision: flag('includePreviousRevision', false),
    includeMutations: flag('includeMutations', true),
    effectFormat: url.searchParams.get('effectFormat') === 'mendoza' ? ('mendoza' as const) : undefined,
    includePrivate: isAuthorized(c),
  }
  const {events} = c.get('lake')
  return openStream(c, (sink) => events.addListener(sink, options))
}

function liveEvents(c: LakeRequest): Response {
  requireDataset(c)
  if (c.req.query('includeDrafts') === 'true') requireToken(c, 'Live events for drafts')
  const {events} = c.get('lake')
  return openStream(c, (sink) => events.addLiveClient(sink))
}

export const eventRoutes = new Hono<LakeEnv>()
  .get('/data/listen/:dataset', listen)
  .get('/data/live/events/:dataset', liveEvents)
