import type {z} from 'zod'

/** An environment error that names every bad variable, one per line. */
export function envError(heading: string, error: z.ZodError): Error {
  const problems = error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
  return new Error(`${heading}:\n  ${problems.join('\n  ')}`)
}

/** An empty variable (`FOO=` in a .env file) counts as unset, so its default applies. */
export function blankAsUnset(values: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value || undefined]))
}
