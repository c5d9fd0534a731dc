import {goLivePassedAt} from './go-live-gate.ts'
import {GO_LIVE_TAG} from './go-live-tag.ts'

/**
 * Whether a cache entry with these tags, made at `madeAt`, shows what changes on a date and was
 * made before the latest go-live this process passed: the one rule both handlers share.
 */
export function madeBeforeGoLive(tags: string[], madeAt: number): boolean {
  return tags.includes(GO_LIVE_TAG) && madeAt < goLivePassedAt()
}
