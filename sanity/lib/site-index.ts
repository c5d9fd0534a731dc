import 'server-only'
import {defineQuery} from 'groq'
import {z} from 'zod'
import {goLiveDueAt} from '../../lib/scheduling.ts'
import type {SiteIndexQueryResult} from '../types.ts'
import {fetchBeforeRender} from './client.ts'
import type {Drift, NoDrift} from './drift.ts'
import {inThisCategory, visiblePost} from './groq-fragments.ts'

// proxy.ts runs before rendering, outside Next's cache, so it cannot use the cached gateway
// functions. It keeps this index in memory and asks again when its copy is older than the
// caller allows (see proxy.ts).
export const SITE_INDEX_TTL_MS = 10_000

// Which articles, topics and clinicians a visitor may see (so an unknown or hidden one is a
// real 404), the topics' sizes (for list pages past the end), and the first scheduled post
// after `$since` (when to expire the post tags).
export const siteIndexQuery = defineQuery(`{
  "posts": *[${visiblePost}].slug.current,
  "categories": *[_type == "category" && defined(slug.current)] {"slug": slug.current, "posts": count(*[${visiblePost} && ${inThisCategory}])},
  "clinicians": *[_type == "clinician" && defined(slug.current)].slug.current,
  "nextGoLive": *[_type == "post" && defined(slug.current) && dateTime(publishedAt) > dateTime($since)] | order(publishedAt asc) [0].publishedAt
}`)

const indexModel = z.object({
  posts: z.array(z.string()),
  categories: z.array(z.object({slug: z.string(), posts: z.number().int().nonnegative()})),
  clinicians: z.array(z.string()),
  nextGoLive: z.string().nullish(),
})

// Compile-time: the model reads exactly what the query returns (see drift.ts).
export type SiteIndexModelFitsItsQuery = NoDrift<Drift<SiteIndexQueryResult, typeof indexModel>>

export type SiteIndex = {
  /** Slugs of the articles a visitor may see. */
  posts: Set<string>
  /** Topic slug → number of visible articles in it. */
  categories: Map<string, number>
  clinicians: Set<string>
  /** When the first post scheduled after the index's `since` becomes visible; null if none is. */
  nextGoLiveAt: number | null
}

type Memo = {at: number; since: number; value: SiteIndex}

let lastGood: Memo | null = null
let lastAttemptAt = Number.NEGATIVE_INFINITY
let inFlight: {since: number; promise: Promise<SiteIndex | null>} | null = null

function refresh(now: number, since: number): Promise<SiteIndex | null> {
  if (inFlight?.since === since) return inFlight.promise
  lastAttemptAt = now
  const promise = fetchBeforeRender<unknown>(siteIndexQuery, {since: new Date(since).toISOString()})
    .then((raw) => {
      const parsed = indexModel.parse(raw)
      const value: SiteIndex = {
        posts: new Set(parsed.posts),
        categories: new Map(parsed.categories.map((c) => [c.slug, c.posts])),
        clinicians: new Set(parsed.clinicians),
        nextGoLiveAt: goLiveDueAt(parsed.nextGoLive),
      }
      // An answer to an older question (a go-live was passed meanwhile) is not kept.
      if (!lastGood || since >= lastGood.since) lastGood = {at: now, since, value}
      return value
    })
    .catch((error: unknown) => {
      console.error(`[content] site index unavailable: ${(error as Error).message}`)
      return null
    })
    .finally(() => {
      if (inFlight?.promise === promise) inFlight = null
    })
  inFlight = {since, promise}
  return promise
}

export type IndexRequest = {
  /** The oldest copy the caller accepts. */
  maxAgeMs?: number
  /** Wait for a fresh copy rather than act on an older one. */
  fresh?: boolean
  /** With `fresh`: settle for the older copy after this long (default: the query's own deadline). */
  waitMs?: number
  /** Go-lives up to this time have been dealt with; the index names the first one after it. */
  since: number
  now?: number
}

/**
 * What a visitor may see, and the next go-live; null when the Content Lake has never answered.
 * A copy older than `maxAgeMs`, or asked with an older `since`, is refreshed in the background
 * while callers keep the older one, so a slow or absent Content Lake never holds a visitor up.
 * Only a caller that must not act on an old copy (`fresh`) waits, for `waitMs` or the query's
 * short deadline at most. After a failed attempt, the next waits out `maxAgeMs`.
 */
export function getSiteIndex({
  maxAgeMs = SITE_INDEX_TTL_MS,
  fresh = false,
  waitMs,
  since,
  now = Date.now(),
}: IndexRequest): Promise<SiteIndex | null> {
  const current = lastGood && lastGood.since === since
  if (lastGood && current && now - lastGood.at < maxAgeMs) return Promise.resolve(lastGood.value)
  const retryAllowed = inFlight !== null || !current || now - lastAttemptAt >= maxAgeMs
  const pending = retryAllowed ? refresh(now, since) : null
  const older = lastGood?.value ?? null
  if (!pending || (!fresh && older)) return Promise.resolve(older)
  if (waitMs === undefined || !older) return pending
  return Promise.race([pending, new Promise<SiteIndex>((resolve) => setTimeout(() => resolve(older), waitMs))])
}
