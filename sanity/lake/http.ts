import type {IncomingMessage, ServerResponse} from 'node:http'

/** An error that becomes a Sanity-shaped JSON error response with a 4xx status. */
export class LakeHttpError extends Error {
  readonly status: number
  readonly type: string
  readonly extra: Record<string, unknown>

  constructor(status: number, type: string, description: string, extra: Record<string, unknown> = {}) {
    super(description)
    this.status = status
    this.type = type
    this.extra = extra
  }
}

export const MAX_JSON_BODY_BYTES = 4 * 1024 * 1024
export const MAX_ASSET_BODY_BYTES = 20 * 1024 * 1024

// A body over the limit is rejected while it streams, so a huge upload cannot exhaust memory.
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > limit) throw tooLarge(limit)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) throw tooLarge(limit)
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

function tooLarge(limit: number): LakeHttpError {
  return new LakeHttpError(413, 'httpPayloadTooLarge', `Request body is larger than ${limit} bytes`)
}

export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const raw = await readBody(req, MAX_JSON_BODY_BYTES)
  try {
    return JSON.parse(raw.toString('utf8'))
  } catch (error) {
    throw new LakeHttpError(400, 'httpBadRequest', `Request body is not valid JSON: ${(error as Error).message}`)
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
  })
  res.end(payload)
}

export function sendError(res: ServerResponse, error: LakeHttpError): void {
  sendJson(res, error.status, {
    error: {type: error.type, description: error.message, ...error.extra},
    statusCode: error.status,
    message: error.message,
  })
}
