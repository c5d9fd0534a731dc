import {areTagsStale} from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js'
import {GO_LIVE_TAG} from './go-live-tag.ts'

/**
 * Whether a cache entry with these tags, made at `madeAt`, shows posts and was made before the
 * latest go-live (app/api/go-live marks the go-live tag stale): the one rule both handlers share.
 */
export function madeBeforeGoLive(tags: string[], madeAt: number): boolean {
  return tags.includes(GO_LIVE_TAG) && areTagsStale([GO_LIVE_TAG], madeAt)
}
