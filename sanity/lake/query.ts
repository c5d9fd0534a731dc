import {evaluate, parse} from 'groq-js'
import {LakeHttpError} from './http.ts'
import type {LakeDocument} from './documents.ts'

type SyntaxErrorShape = Error & {position?: number}

/** Evaluates GROQ with Sanity's own engine; a syntax error becomes Sanity's `queryParseError`. */
export async function runQuery(
  query: string,
  params: Record<string, unknown>,
  dataset: LakeDocument[],
  sanity: {projectId: string; dataset: string},
  timestamp = new Date(),
): Promise<unknown> {
  let tree: ReturnType<typeof parse>
  try {
    tree = parse(query, {params})
  } catch (error) {
    const syntaxError = error as SyntaxErrorShape
    const start = syntaxError.position ?? 0
    throw new LakeHttpError(400, 'queryParseError', syntaxError.message, {query, start, end: start + 1})
  }
  const missing = parametersUsed(tree).find((name) => !Object.hasOwn(params, name))
  if (missing !== undefined) {
    // Sanity refuses the query; groq-js would read the parameter as null, so a misspelt
    // parameter would pass every test offline and fail in production.
    const start = Math.max(0, query.search(new RegExp(`\\$${missing}\\b`)))
    throw new LakeHttpError(400, 'queryParseError', `param $${missing} referenced, but not provided`, {
      query,
      start,
      end: start + missing.length + 1,
    })
  }
  try {
    const value = await evaluate(tree, {dataset, params, sanity, timestamp})
    return await value.get()
  } catch (error) {
    throw new LakeHttpError(400, 'queryExecutionError', (error as Error).message, {query})
  }
}

/** The names of the parameters a parsed query refers to. */
function parametersUsed(node: unknown, names = new Set<string>()): string[] {
  if (Array.isArray(node)) for (const item of node) parametersUsed(item, names)
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>
    if (record.type === 'Parameter' && typeof record.name === 'string') names.add(record.name)
    for (const value of Object.values(record)) parametersUsed(value, names)
  }
  return [...names]
}

const PARAM_PREFIX = '$'

/** Reads `$name=<json>` query-string parameters, as @sanity/client encodes them. */
export function paramsFromSearch(search: URLSearchParams): Record<string, unknown> {
  const params: Record<string, unknown> = {}
  for (const [key, raw] of search) {
    if (!key.startsWith(PARAM_PREFIX)) continue
    try {
      params[key.slice(PARAM_PREFIX.length)] = JSON.parse(raw)
    } catch {
      throw new LakeHttpError(400, 'httpBadRequest', `Parameter "${key}" is not valid JSON`)
    }
  }
  return params
}
