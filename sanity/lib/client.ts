import 'server-only'
import {PHASE_PRODUCTION_BUILD} from 'next/constants'
import {createClient} from 'next-sanity'
import {lakeUrl, usesLocalLake} from '../../lib/env.ts'
import {apiVersion, dataset, projectId} from './api.ts'
import {CONTENT_REQUEST_TIMEOUT_MS} from './api-version.ts'

// The only difference between production and the local lake is where the client points:
// the lake speaks the same HTTP API on loopback, without project hostnames.
const lakeHost = usesLocalLake ? {apiHost: lakeUrl, useProjectHostname: false} : {}

// A Content Lake that takes the connection but never answers (a network partition, an API that
// hangs) would hold a render for the client's default five minutes. Next gives up on a cache fill
// at request time after about 50 s and answers a bare "Internal Server Error", without the site's
// layout or its crisis line. Failing at this deadline instead takes the path of a backend that is
// down: cached pages are still served, and a page never cached shows the site's error page.
// Not while building: the build prerenders many pages at once, and the lake's queue then answers
// in seconds (a 4 s deadline failed the 1,000-post build); a backend that hangs there fails the
// build through Next's own prerender limit, which is what whoever builds should see.
const deadline = process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD ? {} : {timeout: CONTENT_REQUEST_TIMEOUT_MS}

export const client = createClient({
  projectId,
  dataset,
  apiVersion,
  useCdn: true,
  perspective: 'published',
  ...deadline,
  ...lakeHost,
})

// The go-live gate (go-live.ts) asks the Content Lake a question before a page is read; a slow or absent answer must
// not hold the visitor up, so there are no retries and a short deadline (callers fall back).
const beforeRenderClient = client.withConfig({maxRetries: 0})
const BEFORE_RENDER_TIMEOUT_MS = 1_000

// It decides for visitors, so `$preview` (groq-fragments.ts) is always false.
export function fetchBeforeRender<T>(query: string, params: Record<string, unknown> = {}): Promise<T> {
  return beforeRenderClient.fetch<T>(
    query,
    {...params, preview: false},
    {signal: AbortSignal.timeout(BEFORE_RENDER_TIMEOUT_MS)},
  )
}
