import 'server-only'
import {createClient} from 'next-sanity'
import {usesLocalLake} from '../../lib/env'
import {serverEnv} from '../../lib/server-env'
import {apiVersion, dataset, projectId} from './api'

// The only difference between production and the local lake is where the client points:
// the lake speaks the same HTTP API on loopback, without project hostnames.
const lakeHost = usesLocalLake ? {apiHost: `http://127.0.0.1:${serverEnv.lakePort}`, useProjectHostname: false} : {}

export const client = createClient({
  projectId,
  dataset,
  apiVersion,
  useCdn: true,
  perspective: 'published',
  ...lakeHost,
})
