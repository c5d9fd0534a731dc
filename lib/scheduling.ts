// Go-live arithmetic (sanity/lib/go-live.ts). Content APIs answer `now()` at a
// second's resolution (the local lake evaluates it as the start of the current second, and
// remembers answers for that second), so a post scheduled for 12:00:00.600 is visible to queries
// from 12:00:01 on. Expiring the caches any earlier would re-render pages without the post and
// then consider its go-live done.

const SECOND_MS = 1_000

/** When a post scheduled at `iso` is visible to every query: the next whole second. Null when `iso` is not a time. */
export function goLiveDueAt(iso: string | null | undefined): number | null {
  if (!iso) return null
  const at = Date.parse(iso)
  return Number.isNaN(at) ? null : Math.ceil(at / SECOND_MS) * SECOND_MS
}

/** Posts scheduled up to this time are visible to every query made from `now` on. */
export function visibleThrough(now: number): number {
  return Math.floor(now / SECOND_MS) * SECOND_MS
}
