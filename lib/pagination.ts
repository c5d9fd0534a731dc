import {z} from 'zod'

export const POSTS_PER_PAGE = 12

// Digits only, no leading zero, and a sane upper bound: "2abc", "02", "-1" and "1e3" are not pages.
const pageParam = z
  .string()
  .regex(/^[1-9]\d{0,3}$/)
  .transform(Number)

/** A page number from the URL, or null when it is not one (the route then answers 404). */
export function parsePageParam(value: unknown): number | null {
  const parsed = pageParam.safeParse(value)
  return parsed.success ? parsed.data : null
}

export function pageCount(total: number, perPage = POSTS_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / perPage))
}

export function pageRange(page: number, perPage = POSTS_PER_PAGE): {start: number; end: number} {
  const start = (page - 1) * perPage
  return {start, end: start + perPage}
}

export type PageLink = number | 'gap'

/**
 * The page numbers a list shows: the first, the last, and those near the current one, with
 * gaps between. With hundreds of pages, listing every number made the blog index 250 KB of
 * HTML at 10,000 posts and gave each number a link to hydrate and prefetch.
 */
export function pageWindow(page: number, count: number, radius = 2): PageLink[] {
  const shown = new Set([1, count])
  for (let n = page - radius; n <= page + radius; n++) if (n >= 1 && n <= count) shown.add(n)
  const sorted = [...shown].sort((a, b) => a - b)
  const out: PageLink[] = []
  for (const n of sorted) {
    const previous = out.at(-1)
    if (typeof previous === 'number' && n - previous === 2) out.push(previous + 1)
    else if (typeof previous === 'number' && n - previous > 2) out.push('gap')
    out.push(n)
  }
  return out
}
