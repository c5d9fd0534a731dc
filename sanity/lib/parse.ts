import type {z} from 'zod'

/** A list keeps the documents that fit the model; one that does not is logged by _id and skipped. */
export function parseList<T extends z.ZodType>(model: T, values: unknown, what: string): z.infer<T>[] {
  if (!Array.isArray(values)) {
    console.error(`[content] ${what}: expected a list, got ${typeof values}`)
    return []
  }
  return values.flatMap((value) => {
    const parsed = model.safeParse(value)
    if (parsed.success) return [parsed.data]
    console.error(`[content] skipped ${what} ${idOf(value)}: ${describeIssue(parsed.error)}`)
    return []
  })
}

/** A single document that does not fit is treated as missing (the page becomes a 404). */
export function parseOne<T extends z.ZodType>(model: T, value: unknown, what: string): z.infer<T> | null {
  if (value === null || value === undefined) return null
  const parsed = model.safeParse(value)
  if (parsed.success) return parsed.data
  console.error(`[content] ${what} ${idOf(value)} does not fit its model: ${describeIssue(parsed.error)}`)
  return null
}

function idOf(value: unknown): string {
  return typeof value === 'object' && value !== null && '_id' in value ? String(value._id) : '(no _id)'
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  return issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unknown problem'
}

/** Reads one field of a query result that is an object of named parts (`{"posts": …, "total": …}`). */
export function partOf(result: unknown, key: string): unknown {
  return typeof result === 'object' && result !== null && key in result
    ? (result as Record<string, unknown>)[key]
    : undefined
}

export function countOf(result: unknown, key: string): number {
  const value = partOf(result, key)
  return typeof value === 'number' && Number.isFinite(value) ? value : 0
}
