import {z} from 'zod'
import {SLUG_PATTERN} from './site.ts'

/** A slug as the Studio generates them: lower-case words joined by hyphens. */
export const slugParam = z.string().max(96).regex(SLUG_PATTERN)

export function parseSlug(value: unknown): string | null {
  const parsed = slugParam.safeParse(value)
  return parsed.success ? parsed.data : null
}
