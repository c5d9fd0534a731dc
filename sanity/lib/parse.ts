import {z} from 'zod'

// How query results become read models: a list keeps what fits and logs the rest by _id; a
// single document that does not fit is treated as missing (its page becomes a 404).

/** A list of `model`: an item that does not fit is logged and dropped; a result that is not a list reads as empty. */
export function listOf<M extends z.ZodType>(model: M, what: string) {
  const item = model.nullable().catch((ctx) => {
    console.error(`[content] skipped ${what} ${idOf(ctx.value)}: ${describeIssue(ctx.issues)}`)
    return null
  })
  return z
    .array(item)
    .catch((ctx) => {
      console.error(`[content] ${what}: expected a list, got ${typeof ctx.value}`)
      return []
    })
    .transform((items) => items.filter((value): value is NonNullable<typeof value> => value !== null))
}

export function parseList<M extends z.ZodType>(model: M, values: unknown, what: string): z.output<M>[] {
  return listOf(model, what).parse(values) as z.output<M>[]
}

export function parseOne<M extends z.ZodType>(model: M, value: unknown, what: string): z.output<M> | null {
  if (value === null || value === undefined) return null
  const parsed = model.safeParse(value)
  if (parsed.success) return parsed.data
  console.error(`[content] ${what} ${idOf(value)} does not fit its model: ${describeIssue(parsed.error.issues)}`)
  return null
}

function idOf(value: unknown): string {
  return typeof value === 'object' && value !== null && '_id' in value ? String(value._id) : '(no _id)'
}

function describeIssue(issues: readonly {path?: PropertyKey[]; message?: string}[]): string {
  const issue = issues[0]
  return issue ? `${issue.path?.map(String).join('.') || '(root)'}: ${issue.message}` : 'unknown problem'
}
