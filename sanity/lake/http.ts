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
