import 'server-only'
import {z} from 'zod'
import {usesLocalLake} from './env'
import {LAKE_DEFAULT_PORT, LAKE_DEFAULT_TOKEN, LAKE_DEFAULT_WEBHOOK_SECRET} from './lake-defaults'

const serverEnvSchema = z.object({
  SANITY_API_READ_TOKEN: z.string().min(1).optional(),
  SANITY_REVALIDATE_SECRET: z.string().min(1).optional(),
  LAKE_PORT: z.coerce.number().int().min(1).max(65535).default(LAKE_DEFAULT_PORT),
  LAKE_TOKEN: z.string().min(16, 'LAKE_TOKEN must be at least 16 characters').optional(),
})

export type ServerEnv = {
  readToken?: string
  revalidateSecret: string
  lakePort: number
}

export function parseServerEnv(values: Record<string, string | undefined>, localLake: boolean): ServerEnv {
  const blankAsUnset = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value || undefined]))
  const parsed = serverEnvSchema.safeParse(blankAsUnset)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid server environment:\n  ${problems.join('\n  ')}`)
  }
  const vars = parsed.data
  if (!localLake && !vars.SANITY_REVALIDATE_SECRET) {
    throw new Error('SANITY_REVALIDATE_SECRET is required when NEXT_PUBLIC_SANITY_PROJECT_ID is set')
  }
  return {
    readToken: localLake ? (vars.LAKE_TOKEN ?? LAKE_DEFAULT_TOKEN) : vars.SANITY_API_READ_TOKEN,
    revalidateSecret: vars.SANITY_REVALIDATE_SECRET ?? LAKE_DEFAULT_WEBHOOK_SECRET,
    lakePort: vars.LAKE_PORT,
  }
}

export const serverEnv = parseServerEnv(
  {
    SANITY_API_READ_TOKEN: process.env.SANITY_API_READ_TOKEN,
    SANITY_REVALIDATE_SECRET: process.env.SANITY_REVALIDATE_SECRET,
    LAKE_PORT: process.env.LAKE_PORT,
    LAKE_TOKEN: process.env.LAKE_TOKEN,
  },
  usesLocalLake,
)
