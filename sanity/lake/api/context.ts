import type {HttpBindings} from '@hono/node-server'
import type {Context} from 'hono'
import type {LakeAuth} from '../auth.ts'
import type {EventHub} from '../events.ts'
import type {HistoryLog} from '../history.ts'
import {LakeHttpError} from '../http.ts'
import type {DatasetStore} from '../store.ts'
import type {WebhookSender} from '../webhooks.ts'

export type LakeContext = {
  store: DatasetStore
  events: EventHub
  history: HistoryLog
  webhooks?: WebhookSender
  auth: LakeAuth
  /** The Studio's per-user settings, for the lake's one editor; kept while the lake runs. */
  userSettings: Map<string, unknown>
  projectId: string
  dataset: string
  baseUrl: string
  syncTag: string
}

export type LakeEnv = {Bindings: HttpBindings; Variables: {lake: LakeContext}}
export type LakeRequest = Context<LakeEnv>

export function isAuthorized(c: LakeRequest): boolean {
  return c.get('lake').auth.verify(c.req.header('authorization'))
}

export function requireToken(c: LakeRequest, what: string): void {
  if (!isAuthorized(c)) {
    throw new LakeHttpError(
      401,
      'unauthorizedError',
      `${what} needs a token: send "Authorization: Bearer <LAKE_TOKEN>"`,
    )
  }
}

/** The dataset named in the path must be the one this lake serves. */
export function requireDataset(c: LakeRequest): void {
  const named = c.req.param('dataset')
  const served = c.get('lake').dataset
  if (named !== undefined && named !== served) {
    throw new LakeHttpError(404, 'notFound', `Dataset "${named}" not found (this lake serves "${served}")`)
  }
}

export async function readJson(c: LakeRequest): Promise<unknown> {
  const raw = await c.req.text()
  try {
    return JSON.parse(raw)
  } catch (error) {
    throw new LakeHttpError(400, 'httpBadRequest', `Request body is not valid JSON: ${(error as Error).message}`)
  }
}

export function jsonError(error: LakeHttpError): Response {
  return Response.json(
    {
      error: {type: error.type, description: error.message, ...error.extra},
      statusCode: error.status,
      message: error.message,
    },
    {status: error.status},
  )
}
