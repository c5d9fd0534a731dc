import {createClient, type ClientConfig} from '@sanity/client'
import type {WorkspaceOptions} from 'sanity'
import {lakeUrl as serverLakeUrl, usesLocalLake} from '../../lib/env.ts'
import {requestUrl} from './hosted-checks.ts'

// Inlined at build by next.config; tests that load this file outside Next fall back to LAKE_PORT.
const lakeUrl = process.env.STUDIO_LAKE_URL ?? serverLakeUrl

type OfflineOptions = Pick<
  WorkspaceOptions,
  | 'apiHost'
  | 'unstable_clientFactory'
  | 'auth'
  | 'releases'
  | 'tasks'
  | 'scheduledPublishing'
  | 'scheduledDrafts'
  | 'announcements'
  | 'apps'
  | 'search'
  | 'beta'
>

/**
 * Without a Sanity project the Studio works on the local lake: every client it makes talks to
 * the lake (the client would otherwise put the project id in front of the host), sign-in is the
 * lake's token page, and the services only Sanity hosts (releases, tasks, comments, scheduled
 * publishing, announcements, the events-based history) are off. Search uses the strategy that
 * does not need `text::query`, which the lake's GROQ engine (groq-js) lacks. With a project
 * configured this is empty, and the Studio is Sanity's own.
 */
export function workspaceOptionsFor(localLake: boolean): OfflineOptions {
  if (!localLake) return {}
  return {
    apiHost: lakeUrl,
    unstable_clientFactory: (options) => createClient(lakeClientConfig(options)),
    auth: {
      apiHost: lakeUrl,
      loginMethod: 'token',
      redirectOnSingle: true,
      providers: [{name: 'lake', title: 'Sign in with the lake token', url: `${lakeUrl}/auth/login`}],
    },
    releases: {enabled: false},
    tasks: {enabled: false},
    scheduledPublishing: {enabled: false},
    scheduledDrafts: {enabled: false},
    announcements: {enabled: false},
    apps: {canvas: {enabled: false}},
    search: {strategy: 'groqLegacy'},
    beta: {eventsAPI: {documents: false, releases: false}},
  }
}

export const offlineOptions = workspaceOptionsFor(usesLocalLake)

export const commentsEnabled = !usesLocalLake

// How many host names the Studio's event streams are spread over; each has six connections.
const STREAM_HOSTS = 32
let streamsOpened = 0

/**
 * A browser keeps at most six HTTP/1.1 connections per host, and the Studio holds one event
 * stream open per list and document pane: with six open, its next save waited forever behind
 * them (seen in a browser run). Sanity's API is HTTP/2, where streams share one connection;
 * the lake is plain HTTP on loopback, and browsers speak HTTP/2 only over TLS. So each event
 * stream goes to its own `*.localhost` name, which browsers resolve to loopback and count as
 * a separate host. `resolveFetch` is the client's (internal, pinned with @sanity/client)
 * hook for the fetch its event streams and requests use.
 */
export function spreadEventStreams(url: string): string {
  const target = new URL(url)
  if (target.origin !== new URL(lakeUrl).origin || !/\/data\/(listen|live)\//.test(target.pathname)) return url
  target.hostname = `stream-${streamsOpened++ % STREAM_HOSTS}.localhost`
  return target.href
}

const spreadingFetch: typeof fetch = (input, init) =>
  fetch(input instanceof Request ? input : spreadEventStreams(requestUrl(input)), init)

function lakeClientConfig(options: ClientConfig): ClientConfig {
  const config: ClientConfig & {resolveFetch: () => typeof fetch} = {
    ...options,
    useProjectHostname: false,
    resolveFetch: () => spreadingFetch,
  }
  return config
}
