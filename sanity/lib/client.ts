import 'server-only'
import {createClient} from 'next-sanity'
import {lakeUrl, usesLocalLake} from '../../lib/env.ts'
import {apiVersion, dataset, projectId} from './api.ts'

// The only difference between production and the local lake is where the client points:
// the lake speaks the same HTTP API on loopback, without project hostnames.
const lakeHost = usesLocalLake ? {apiHost: lakeUrl, useProjectHostname: false} : {}

export const client = createClient({
  projectId,
  dataset,
  apiVersion,
  useCdn: true,
  perspective: 'published',
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
