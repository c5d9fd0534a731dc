import {z} from 'zod'
import {blankAsUnset, envError} from './env-parse.ts'
import {LAKE_DEFAULT_PORT} from './lake-defaults.ts'

// Public settings, safe in the browser. Next inlines NEXT_PUBLIC_* only when each is read by
// its literal name, so they are listed one by one rather than passing process.env whole.
const publicEnvSchema = z.object({
  NEXT_PUBLIC_SANITY_PROJECT_ID: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'NEXT_PUBLIC_SANITY_PROJECT_ID must be a Sanity project id (a-z, 0-9, -)')
    .optional(),
  NEXT_PUBLIC_SANITY_DATASET: z
    .string()
    .regex(/^[a-z0-9_-]+$/, 'NEXT_PUBLIC_SANITY_DATASET must be a dataset name (a-z, 0-9, _ and -)')
    .default('production'),
  NEXT_PUBLIC_SITE_URL: z.url('NEXT_PUBLIC_SITE_URL must be an absolute URL').default('http://localhost:3000'),
  // Not a secret, and not inlined into browser code (no NEXT_PUBLIC_ prefix): only the server,
  // the build and next.config need to know where the local lake listens.
  LAKE_PORT: z.coerce.number().int().min(1).max(65535).default(LAKE_DEFAULT_PORT),
})

export type PublicEnv = z.infer<typeof publicEnvSchema>

export function parsePublicEnv(values: Record<string, string | undefined>): PublicEnv {
  const parsed = publicEnvSchema.safeParse(blankAsUnset(values))
  if (!parsed.success) {
    throw envError('Invalid environment', parsed.error)
  }
  return parsed.data
}

export const publicEnv = parsePublicEnv({
  NEXT_PUBLIC_SANITY_PROJECT_ID: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID,
  NEXT_PUBLIC_SANITY_DATASET: process.env.NEXT_PUBLIC_SANITY_DATASET,
  NEXT_PUBLIC_SITE_URL: process.env.NEXT_PUBLIC_SITE_URL,
  LAKE_PORT: process.env.LAKE_PORT,
})

/** Without a Sanity project the site reads the local Content Lake (sanity/lake). */
export const usesLocalLake = !publicEnv.NEXT_PUBLIC_SANITY_PROJECT_ID

export const lakeUrl = `http://127.0.0.1:${publicEnv.LAKE_PORT}`

/** Where content images come from: Sanity's CDN, or the local lake. */
export const contentImageOrigin = usesLocalLake ? lakeUrl : 'https://cdn.sanity.io'

/** Where the Content Lake's HTTP API (and its live events) answers. */
export const contentApiOrigin = usesLocalLake
  ? lakeUrl
  : `https://${publicEnv.NEXT_PUBLIC_SANITY_PROJECT_ID}.api.sanity.io`
