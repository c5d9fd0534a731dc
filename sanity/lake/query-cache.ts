/**
 * Query results, kept until the dataset changes. The store hands out the same snapshot array
 * until its next commit, so the snapshot itself is the cache's key: a commit makes a new one,
 * and the old results go with the old array. Queries that read `now()` are kept for the current
 * second only, so a scheduled post still appears (and a preview secret expires) on time, and
 * they evaluate `now()` as that second's start (queryTime): every answer within one second
 * agrees, whether it was computed or remembered.
 *
 * Why: groq-js interprets each query over every document, about 19 ms for the blog index at
 * 1,000 posts on this machine; the site asks the same few questions until something changes,
 * as Sanity's API CDN also assumes.
 */
const MAX_ENTRIES_PER_SNAPSHOT = 1_000
const results = new WeakMap<object, Map<string, Promise<unknown>>>()
const views = new WeakMap<object, Map<string, unknown>>()

const readsNow = (query: string) => /\bnow\s*\(\s*\)/.test(query)

/** The time a query's `now()` means: the start of the current second. */
export function queryTime(now = Date.now()): Date {
  return new Date(Math.floor(now / 1000) * 1000)
}

export function cacheKey(
  perspective: string,
  query: string,
  params: Record<string, unknown>,
  now = Date.now(),
): string {
  const second = readsNow(query) ? `\n${queryTime(now).getTime()}` : ''
  return `${perspective}\n${query}\n${JSON.stringify(params)}${second}`
}

export function cachedResult(snapshot: object, key: string, compute: () => Promise<unknown>): Promise<unknown> {
  let entries = results.get(snapshot)
  if (!entries) {
    entries = new Map()
    results.set(snapshot, entries)
  }
  const known = entries.get(key)
  if (known) return known
  const pending = compute()
  entries.set(key, pending)
  // A failed query is not remembered: the next request asks again.
  pending.catch(() => entries.delete(key))
  if (entries.size > MAX_ENTRIES_PER_SNAPSHOT) entries.delete(entries.keys().next().value as string)
  return pending
}

/** A perspective's view of a snapshot (drafts over published, say), made once per snapshot. */
export function cachedView<T>(snapshot: object, perspective: string, make: () => T): T {
  let entries = views.get(snapshot)
  if (!entries) {
    entries = new Map()
    views.set(snapshot, entries)
  }
  if (!entries.has(perspective)) entries.set(perspective, make())
  return entries.get(perspective) as T
}
