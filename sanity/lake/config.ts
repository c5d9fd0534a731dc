import path from 'node:path'
import {z} from 'zod'
import {blankAsUnset, envError} from '../../lib/env-parse.ts'
import {LAKE_DEFAULT_PORT, LAKE_DEFAULT_TOKEN, LAKE_DEFAULT_WEBHOOK_SECRET} from '../../lib/lake-defaults.ts'

// The lake is its own program (started beside Next, or in-process by tests), so it validates its
// own slice of the environment here; the site's env module is lib/env.ts.
const lakeEnvSchema = z.object({
  LAKE_DIR: z.string().min(1).optional(),
  LAKE_PORT: z.coerce.number().int().min(0).max(65535).default(LAKE_DEFAULT_PORT),
  LAKE_TOKEN: z.string().min(16, 'LAKE_TOKEN must be at least 16 characters').optional(),
  LAKE_WEBHOOK_URL: z.url('LAKE_WEBHOOK_URL must be an absolute URL').optional(),
  SANITY_REVALIDATE_SECRET: z.string().min(1).optional(),
})

export type LakeConfig = {
  dir: string
  port: number
  token: string
  webhookUrl?: string
  webhookSecret?: string
}

export const DEFAULT_LAKE_DIR = path.resolve('.lake/production')
export const SEED_DIR = path.resolve(import.meta.dirname, '../seed')

export function readLakeConfig(env: NodeJS.ProcessEnv): LakeConfig {
  const parsed = lakeEnvSchema.safeParse(blankAsUnset(env))
  if (!parsed.success) {
    throw envError('Invalid local lake environment', parsed.error)
  }
  const vars = parsed.data
  return {
    dir: path.resolve(vars.LAKE_DIR ?? DEFAULT_LAKE_DIR),
    port: vars.LAKE_PORT,
    token: vars.LAKE_TOKEN ?? LAKE_DEFAULT_TOKEN,
    webhookUrl: vars.LAKE_WEBHOOK_URL,
    webhookSecret: vars.SANITY_REVALIDATE_SECRET ?? LAKE_DEFAULT_WEBHOOK_SECRET,
  }
}
