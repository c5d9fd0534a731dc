import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {corsHeaders} from './auth.ts'
import {EventHub} from './events.ts'
import {LakeHttpError, sendError, sendJson} from './http.ts'
import {routes, type LakeContext} from './routes.ts'
import {DatasetStore} from './store.ts'
import {LAKE_DATASET, LAKE_PROJECT_ID} from '../../lib/lake-defaults.ts'
import {WebhookSender} from './webhooks.ts'

export type LakeOptions = {
  dir: string
  seedDir?: string
  port?: number
  host?: string
  token: string
  projectId?: string
  dataset?: string
  webhookUrl?: string
  webhookSecret?: string
}

export type RunningLake = {
  url: string
  port: number
  store: DatasetStore
  webhooks?: WebhookSender
  close: () => Promise<void>
}


/** Starts the local Content Lake: Sanity's HTTP API over a dataset folder, on loopback. */
export async function startLake(options: LakeOptions): Promise<RunningLake> {
  const host = options.host ?? '127.0.0.1'
  const projectId = options.projectId ?? LAKE_PROJECT_ID
  const dataset = options.dataset ?? LAKE_DATASET
  let ctx: LakeContext | undefined

  const server = createServer((req, res) => {
    void handle(req, res, ctx)
  })
  server.keepAliveTimeout = 65_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  const baseUrl = `http://${host}:${port}`

  try {
    const store = await DatasetStore.open({
      dir: options.dir,
      seedDir: options.seedDir,
      context: {projectId, dataset, baseUrl},
    })
    const syncTag = `s1:lake-${dataset}`
    const webhooks =
      options.webhookUrl && options.webhookSecret
        ? new WebhookSender({url: options.webhookUrl, secret: options.webhookSecret, projectId, dataset})
        : undefined
    ctx = {store, events: new EventHub(syncTag), webhooks, token: options.token, projectId, dataset, baseUrl, syncTag}
  } catch (error) {
    server.close()
    throw error
  }

  const ready = ctx
  return {
    url: baseUrl,
    port,
    store: ready.store,
    webhooks: ready.webhooks,
    close: async () => {
      ready.events.close()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

async function handle(req: IncomingMessage, res: ServerResponse, ctx: LakeContext | undefined): Promise<void> {
  const cors = corsHeaders(req.headers.origin)
  for (const [name, value] of Object.entries(cors)) res.setHeader(name, value)
  try {
    if (!ctx) throw new LakeHttpError(503, 'serviceUnavailable', 'The lake is still loading its dataset')
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end()
      return
    }
    const url = new URL(req.url ?? '/', ctx.baseUrl)
    if (url.pathname === '/health') return sendJson(res, 200, {ok: true})
    const route = routes.find((r) => r.method === req.method && r.pattern.test(url.pathname))
    if (!route) {
      const known = routes.some((r) => r.pattern.test(url.pathname))
      throw known
        ? new LakeHttpError(405, 'httpMethodNotAllowed', `${req.method} is not allowed on ${url.pathname}`)
        : new LakeHttpError(404, 'notFound', `Unknown route ${url.pathname}`)
    }
    const datasetInPath = route.pattern.exec(url.pathname)?.[1]
    if (datasetInPath !== undefined && datasetInPath !== ctx.dataset) {
      throw new LakeHttpError(404, 'notFound', `Dataset "${datasetInPath}" not found (this lake serves "${ctx.dataset}")`)
    }
    await route.handler(req, res, url, ctx)
  } catch (error) {
    if (res.headersSent) {
      res.end()
      return
    }
    if (error instanceof LakeHttpError) return sendError(res, error)
    console.error('[lake] internal error', error)
    sendError(res, new LakeHttpError(500, 'internalError', 'The lake failed to handle this request'))
  }
}
