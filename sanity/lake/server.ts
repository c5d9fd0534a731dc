import type {Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {createAdaptorServer} from '@hono/node-server'
import {createNodeWebSocket} from '@hono/node-ws'
import {createLakeApp} from './api/app.ts'
import type {LakeContext} from './api/context.ts'
import {LAKE_USER} from './api/identity.ts'
import {presenceRoutes} from './api/presence-routes.ts'
import {LakeAuth} from './auth.ts'
import {EventHub} from './events.ts'
import {HistoryLog} from './history.ts'
import {PresenceHub} from './presence.ts'
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
  auth: LakeAuth
  webhooks?: WebhookSender
  close: () => Promise<void>
}

/** Starts the local Content Lake: Sanity's HTTP API over a dataset folder, on loopback. */
export async function startLake(options: LakeOptions): Promise<RunningLake> {
  const host = options.host ?? '127.0.0.1'
  const projectId = options.projectId ?? LAKE_PROJECT_ID
  const dataset = options.dataset ?? LAKE_DATASET
  let ctx: LakeContext | undefined

  const app = createLakeApp(() => ctx)
  const presence = new PresenceHub((authorization) => (ctx?.auth.verify(authorization) ? LAKE_USER.id : null))
  const sockets = createNodeWebSocket({app})
  app.route('/', presenceRoutes(sockets.upgradeWebSocket, presence))
  const server = createAdaptorServer({fetch: app.fetch, hostname: host}) as Server
  sockets.injectWebSocket(server)
  server.keepAliveTimeout = 65_000
  // Listen before the dataset loads: asset URLs carry the lake's address, so the port must be known.
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
    ctx = {
      store,
      events: new EventHub(syncTag),
      history: new HistoryLog(),
      webhooks,
      auth: new LakeAuth(options.token),
      userSettings: new Map(),
      projectId,
      dataset,
      baseUrl,
      syncTag,
    }
  } catch (error) {
    server.close()
    throw error
  }

  const ready = ctx
  return {
    url: baseUrl,
    port,
    store: ready.store,
    auth: ready.auth,
    webhooks: ready.webhooks,
    close: async () => {
      ready.events.close()
      presence.close()
      for (const client of sockets.wss.clients) client.terminate()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
