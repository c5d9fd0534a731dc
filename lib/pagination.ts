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
