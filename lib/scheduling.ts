/**
 * Whole seconds from `now` until an ISO time, at least 1; null when there is no such time or it
 * has passed. Used to end a cache entry's life exactly when the next scheduled post goes live.
 */
export function secondsUntil(iso: string | null | undefined, now: number): number | null {
  if (!iso) return null
  const at = Date.parse(iso)
  if (Number.isNaN(at) || at <= now) return null
  return Math.max(1, Math.ceil((at - now) / 1000))
}
