import 'server-only'
import {draftMode} from 'next/headers'
import type {QueryParams} from 'next-sanity'
import {defineLive} from 'next-sanity/live'
import {serverEnv} from '../../lib/server-env.ts'
import {client} from './client.ts'

// <SanityLive> is rendered only in draft mode (components/preview), so visitors' pages carry no
// EventSource and no live-update script (in the official template, 38 KB of gzipped JavaScript
// and an EventSource on every page view); they are refreshed by the signed webhook at
// app/api/revalidate. No browser token: draft-mode live updates come
// from the Presentation tool, and a token must never reach a page.
const {sanityFetch, SanityLive} = defineLive({
  client,
  serverToken: serverEnv.readToken ?? false,
  browserToken: false,
})

export {SanityLive}

type FetchOptions = {query: string; params?: QueryParams; tags: string[]}

/**
 * Published content only, as every visitor sees it, whatever the request: for the feed, the
 * sitemap and the slugs to prerender, which must never list a draft.
 * `$preview` (groq-fragments.ts) is false, so scheduled posts stay hidden until their time.
 */
export function fetchPublished({query, params = {}, tags}: FetchOptions) {
  return sanityFetch({query, params: {...params, preview: false}, tags, perspective: 'published', stega: false})
}

/**
 * Content as this request may see it: for visitors, fetchPublished; in draft mode, drafts over
 * published documents and scheduled posts too. Reading draftMode() inside a 'use cache' function
 * is what Next provides for this: the scope sees the outer request's draft mode, and nothing a
 * draft-mode request computes is ever stored for visitors.
 */
export async function fetchForRequest({query, params = {}, tags}: FetchOptions) {
  if (!(await draftMode()).isEnabled) return fetchPublished({query, params, tags})
  return sanityFetch({query, params: {...params, preview: true}, tags, perspective: 'drafts', stega: false})
}
