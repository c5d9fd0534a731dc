import {createClient} from '@sanity/client'
import {LAKE_DEFAULT_TOKEN} from '../lib/lake-defaults.ts'
import {SANITY_API_VERSION} from '../sanity/lib/api-version.ts'

/** Writes to the lake the production server reads, as the Studio or a script would. */
export const lakeClient = createClient({
  projectId: 'local',
  dataset: 'production',
  apiVersion: SANITY_API_VERSION,
  apiHost: 'http://127.0.0.1:4110',
  useProjectHostname: false,
  useCdn: false,
  token: LAKE_DEFAULT_TOKEN,
})
