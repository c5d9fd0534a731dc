import {routes} from '../routes.ts'

type CachedValue = {kind: string; status?: number} | null

// Next 16.4 keys a page rendered on demand as `/route-cache/APP_PAGE/<hash>/$<path>`, and a
// prerendered one by its path.
const pathOfKey = (key: string) => (key.includes('/$/') ? key.slice(key.indexOf('/$/') + 2) : key)

/**
 * Pages anyone can have made at will, one per address: a search (one per query) and a 404 (one
 * per unknown address). They are cached, so a repeated one costs what a prerendered page costs,
 * but only in Next's memory cache, which is bounded (50 MB by default) and drops the least used.
 * On disk, or in Redis, a stream of made-up addresses would fill them without end: every 404
 * wrote its HTML, RSC and segment files to `.next/server/route-cache` until this rule.
 */
export function madeByStrangers(key: string, value: CachedValue): boolean {
  if (value?.kind !== 'APP_PAGE') return false
  return value.status === 404 || pathOfKey(key).startsWith(`${routes.search}/`)
}
