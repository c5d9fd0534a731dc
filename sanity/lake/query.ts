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
  try {
    const value = await evaluate(tree, {dataset, params, sanity, timestamp})
    return await value.get()
  } catch (error) {
    throw new LakeHttpError(400, 'queryExecutionError', (error as Error).message, {query})
  }
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
