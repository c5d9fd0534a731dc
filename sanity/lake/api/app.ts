import {Hono, type MiddlewareHandler} from 'hono'
import {bodyLimit} from 'hono/body-limit'
import {cors} from 'hono/cors'
import {isLoopbackOrigin} from '../auth.ts'
import {LakeHttpError, MAX_JSON_BODY_BYTES} from '../http.ts'
import {assetRoutes, imageRoutes} from './asset-routes.ts'
import {authRoutes} from './auth-routes.ts'
import {jsonError, type LakeContext, type LakeEnv} from './context.ts'
import {eventRoutes} from './event-routes.ts'
import {exportRoutes} from './export-routes.ts'
import {historyRoutes} from './history-routes.ts'
import {queryRoutes} from './query-routes.ts'
import {studioRoutes} from './studio-routes.ts'
import {writeRoutes} from './write-routes.ts'

const jsonSizeLimit = bodyLimit({
  maxSize: MAX_JSON_BODY_BYTES,
  onError: () => {
    throw new LakeHttpError(413, 'httpPayloadTooLarge', `Request body is larger than ${MAX_JSON_BODY_BYTES} bytes`)
  },
})

/**
 * The lake's HTTP edge: Sanity's API paths, versioned (`/v2025-02-19/...`) and not, on Hono.
 * `ready()` returns undefined while the dataset loads; requests then get a 503.
 */
export function createLakeApp(ready: () => LakeContext | undefined): Hono<LakeEnv> {
  const app = new Hono<LakeEnv>()
  app.use(
    cors({
      // Loopback only: the site and Studio on any local port; nothing else gets CORS headers.
      origin: (origin) => (isLoopbackOrigin(origin) ? origin : null),
      credentials: true,
      allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      // What @sanity/client and the Studio send (seen in a browser run of the Studio).
      allowHeaders: [
        'authorization',
        'content-type',
        'if-none-match',
        'last-event-id',
        'x-sanity-app',
        'x-sanity-project-id',
        'client-timing',
        'cache-control',
      ],
      maxAge: 600,
    }),
  )
  app.use(async (c, next) => {
    const lake = ready()
    if (!lake) throw new LakeHttpError(503, 'serviceUnavailable', 'The lake is still loading its dataset')
    c.set('lake', lake)
    await next()
  })
  // After the readiness check: "healthy" means the dataset is loaded and queries will answer.
  app.get('/health', (c) => c.json({ok: true}))
  app.route('/', imageRoutes)
  app.route('/', authRoutes)
  const api = new Hono<LakeEnv>()
  api.use(notAssetUpload(jsonSizeLimit))
  for (const routes of [
    queryRoutes,
    writeRoutes,
    eventRoutes,
    assetRoutes,
    studioRoutes,
    historyRoutes,
    exportRoutes,
  ]) {
    api.route('/', routes)
  }
  app.route('/:apiVersion{v[\\w.-]+}', api)
  app.route('/', api)
  app.notFound((c) =>
    jsonError(new LakeHttpError(404, 'notFound', `Unknown route ${c.req.method} ${new URL(c.req.url).pathname}`)),
  )
  app.onError((error) => {
    if (error instanceof LakeHttpError) return jsonError(error)
    console.error('[lake] internal error', error)
    return jsonError(new LakeHttpError(500, 'internalError', 'The lake failed to handle this request'))
  })
  return app
}

function notAssetUpload(limit: MiddlewareHandler<LakeEnv>): MiddlewareHandler<LakeEnv> {
  return (c, next) => (c.req.path.includes('/assets/') ? next() : limit(c, next))
}
