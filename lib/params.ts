import {z} from 'zod'

/** A slug as the Studio generates them: lower-case words joined by hyphens. */
export const slugParam = z
  .string()
  .max(96)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)

export function parseSlug(value: unknown): string | null {
  const parsed = slugParam.safeParse(value)
  return parsed.success ? parsed.data : null
}
