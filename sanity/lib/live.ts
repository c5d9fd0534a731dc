import 'server-only'
import {defineLive} from 'next-sanity/live'
import {serverEnv} from '../../lib/server-env'
import {client} from './client'

// Only sanityFetch is used: <SanityLive> would add an EventSource and ~40 KB of script to every
// visitor's page (see ARCHITECTURE.md, "Known traps"). Visitors' pages are refreshed by the
// signed webhook at app/api/revalidate instead.
export const {sanityFetch} = defineLive({
  client,
  serverToken: serverEnv.readToken ?? false,
  browserToken: false,
})
