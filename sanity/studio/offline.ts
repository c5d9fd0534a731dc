import {createClient} from '@sanity/client'
import type {WorkspaceOptions} from 'sanity'
import {lakeUrl as serverLakeUrl, usesLocalLake} from '../../lib/env'

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
export const offlineOptions: OfflineOptions = usesLocalLake
  ? {
      apiHost: lakeUrl,
      unstable_clientFactory: (options) => createClient({...options, useProjectHostname: false}),
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
  : {}

export const commentsEnabled = !usesLocalLake
