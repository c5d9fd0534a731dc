import 'server-only'
import {createClient} from 'next-sanity'
import {lakeUrl, usesLocalLake} from '../../lib/env'
import {apiVersion, dataset, projectId} from './api'

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
