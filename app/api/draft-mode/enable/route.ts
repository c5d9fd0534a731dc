import {defineEnableDraftMode} from 'next-sanity/draft-mode'
import {enableDraftModeQuery, queryObject} from '../../../../lib/preview/params.ts'
import {serverEnv} from '../../../../lib/server-env.ts'
import {client} from '../../../../sanity/lib/client.ts'

// The preview secret is a short-lived document the Studio writes; reading it needs a token
// (the lake's own token locally, SANITY_API_READ_TOKEN against Sanity).
const enable = serverEnv.readToken
  ? defineEnableDraftMode({client: client.withConfig({token: serverEnv.readToken})})
  : null

export async function GET(request: Request): Promise<Response> {
  if (!enable) {
    return Response.json({error: 'Preview is not set up: SANITY_API_READ_TOKEN is missing.'}, {status: 503})
  }
  const query = enableDraftModeQuery.safeParse(queryObject(request.url))
  if (!query.success) {
    return Response.json(
      {error: 'Invalid preview link', issues: query.error.issues.map((issue) => issue.message)},
      {status: 400},
    )
  }
  return enable.GET(request)
}
