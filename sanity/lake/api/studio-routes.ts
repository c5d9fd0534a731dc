import {Hono} from 'hono'
import {LakeHttpError} from '../http.ts'
import {authApiRoutes} from './auth-routes.ts'
import {z} from 'zod'
import {isAuthorized, readJson, requireDataset, requireToken, type LakeEnv, type LakeRequest} from './context.ts'
import {LAKE_USER} from './identity.ts'

const keyValueEntries = z.array(z.object({key: z.string().min(1).max(200), value: z.unknown()})).max(100)

// Everything the signed-in editor may do: the lake has one account, and it may do all of it.
const FULL_GRANTS = [{filter: '_id in path("**")', permissions: ['read', 'create', 'update', 'history']}]

function signedInUser(c: LakeRequest) {
  if (!isAuthorized(c))
    throw new LakeHttpError(401, 'unauthorizedError', 'Not signed in: sign in at the lake with its token')
  return LAKE_USER
}

function project(c: LakeRequest) {
  const lake = c.get('lake')
  return {
    id: lake.projectId,
    displayName: 'Local Content Lake',
    studioHost: null,
    isBlocked: false,
    isDisabled: false,
    isDisabledByUser: false,
    metadata: {},
    organizationId: null,
    members: [{id: LAKE_USER.id, role: LAKE_USER.role, roles: LAKE_USER.roles, isRobot: false, isCurrentUser: true}],
    features: [],
  }
}

/**
 * What the Studio asks of Sanity's hosted API besides content: who is signed in, what they may
 * do, the project, per-user settings. The lake answers for its single local editor; hosted-only
 * services (telemetry, announcements, feature flags) answer "nothing here".
 */
export const studioRoutes = new Hono<LakeEnv>()
  .route('/', authApiRoutes)
  .get('/users/me', (c) => c.json(signedInUser(c)))
  // The Studio keeps small per-user settings here (recent searches, panel widths, and so on).
  .get('/users/me/keyvalue/:keys', (c) => {
    signedInUser(c)
    const settings = c.get('lake').userSettings
    return c.json(
      c.req
        .param('keys')
        .split(',')
        .map((key) => ({key, value: settings.get(key) ?? null})),
    )
  })
  .put('/users/me/keyvalue', async (c) => {
    signedInUser(c)
    const entries = keyValueEntries.safeParse(await readJson(c))
    if (!entries.success) throw new LakeHttpError(400, 'httpBadRequest', 'Expected [{key, value}, ...]')
    for (const {key, value} of entries.data) c.get('lake').userSettings.set(key, value)
    return c.json(entries.data)
  })
  .get('/users/:ids', (c) => {
    requireToken(c, 'Looking up users')
    const found = c.req
      .param('ids')
      .split(',')
      .filter((id) => id === LAKE_USER.id)
    return c.json(found.map((id) => ({id, displayName: LAKE_USER.name, imageUrl: null})))
  })
  .get('/projects/:projectId/datasets/:dataset/acl', (c) => {
    signedInUser(c)
    return c.json(FULL_GRANTS)
  })
  // Asked with `datasetProfile=comments` for the comments add-on dataset: the lake has none.
  .get('/projects/:projectId/datasets', (c) =>
    c.json(c.req.query('datasetProfile') ? [] : [{name: c.get('lake').dataset, aclMode: 'public'}]),
  )
  // No `deployStudio` grant, so the Studio skips uploading its schema to a hosted registry.
  .get('/projects/:projectId/grants', (c) => c.json({}))
  .get('/projects/:projectId/user-applications', (c) => c.json([]))
  .get('/projects/:projectId/features', (c) => c.json([]))
  .get('/features', (c) => c.json([]))
  .get('/projects/:projectId/users/:ids', (c) => {
    requireToken(c, 'Looking up users')
    return c.json(c.req.param('ids').split(',').includes(LAKE_USER.id) ? [LAKE_USER] : [])
  })
  .get('/projects/:projectId', (c) => {
    signedInUser(c)
    return c.json(project(c))
  })
  .get('/intake/telemetry-status', (c) => c.json({status: 'denied'}))
  .post('/intake/batch', (c) => c.json({ok: true}))
  .get('/help', (c) => c.json({}))
  .get('/journey/announcements', (c) => c.json([]))
  .get('/journey/:topic', (c) => c.json({}))
  .get('/schedules/:projectId/:dataset', (c) => c.json({schedules: []}))
  .get('/subscriptions/project/:projectId', (c) => c.json({}))
  .get('/ping', (c) => c.json({ok: true}))
  .get('/data/ping/:dataset', (c) => c.json({ok: true}))
  // References from other datasets (asked before a delete or unpublish): the lake holds one.
  .get('/data/references/:dataset/documents/:id/to', (c) => {
    requireDataset(c)
    return c.json({totalCount: 0, references: []})
  })
