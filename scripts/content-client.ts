import {createClient, type SanityClient} from '@sanity/client'
import {LAKE_DATASET, LAKE_DEFAULT_PORT, LAKE_DEFAULT_TOKEN, LAKE_PROJECT_ID} from '../lib/lake-defaults.ts'
import {SANITY_API_VERSION} from '../sanity/lib/api-version.ts'

/**
 * A client for command-line scripts: the running site's lake by default, or the Sanity project
 * that NEXT_PUBLIC_SANITY_* name, with the token from the first of `tokenVariables` that is set.
 * (Scripts run under plain Node, so they cannot import lib/env.ts, which Next compiles.)
 */
export function scriptClient(tokenVariables: string[]): SanityClient {
  const projectId = process.env.NEXT_PUBLIC_SANITY_PROJECT_ID
  const token = [...tokenVariables, 'LAKE_TOKEN'].map((name) => process.env[name]).find(Boolean)
  return createClient({
    projectId: projectId || LAKE_PROJECT_ID,
    dataset: process.env.NEXT_PUBLIC_SANITY_DATASET || LAKE_DATASET,
    apiVersion: SANITY_API_VERSION,
    useCdn: false,
    token: token || (projectId ? undefined : LAKE_DEFAULT_TOKEN),
    ...(projectId
      ? {}
      : {apiHost: `http://127.0.0.1:${process.env.LAKE_PORT || LAKE_DEFAULT_PORT}`, useProjectHostname: false}),
  })
}
