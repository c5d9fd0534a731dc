import 'server-only'
import {z} from 'zod'
import {blankAsUnset, envError} from './env-parse.ts'
import {usesLocalLake} from './env.ts'
import {LAKE_DEFAULT_TOKEN, LAKE_DEFAULT_WEBHOOK_SECRET} from './lake-defaults.ts'

const serverEnvSchema = z.object({
  SANITY_API_READ_TOKEN: z.string().min(1).optional(),
  SANITY_REVALIDATE_SECRET: z.string().min(1).optional(),
  SANITY_API_WRITE_TOKEN: z.string().min(1).optional(),
  LAKE_TOKEN: z.string().min(16, 'LAKE_TOKEN must be at least 16 characters').optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/, 'SMTP_URL must look like smtp://user:pass@host:587 or smtps://…')
    .optional(),
  APPOINTMENT_EMAIL_TO: z.email('APPOINTMENT_EMAIL_TO must be an email address').optional(),
  APPOINTMENT_EMAIL_FROM: z.email('APPOINTMENT_EMAIL_FROM must be an email address').optional(),
  OUTBOX_DIR: z.string().min(1).default('outbox'),
  CONTACT_RATE_LIMIT: z.coerce.number().int().min(1).max(1000).default(5),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, 'REDIS_URL must look like redis://host:6379 or rediss://user:pass@host:6380')
    .optional(),
  SHUTDOWN_DRAIN_SECONDS: z.coerce.number().int().min(0).max(600).default(10),
})

export type ServerEnv = {
  readToken?: string
  /** For what the site itself writes: a renamed page's old slugs (sanity/lib/slug-history.ts). */
  writeToken?: string
  revalidateSecret: string
  smtpUrl?: string
  appointmentEmailTo?: string
  appointmentEmailFrom?: string
  outboxDir: string
  /** Appointment requests one address may send per 10 minutes. */
  contactRateLimit: number
  /** Shared state for several instances of the site; without it each keeps its own. */
  redisUrl?: string
  /** How long a stopping instance lets requests it has begun finish (lib/server/shutdown.ts). */
  shutdownDrainMs: number
}

export function parseServerEnv(values: Record<string, string | undefined>, localLake: boolean): ServerEnv {
  const parsed = serverEnvSchema.safeParse(blankAsUnset(values))
  if (!parsed.success) {
    throw envError('Invalid server environment', parsed.error)
  }
  const vars = parsed.data
  if (vars.SMTP_URL && !vars.APPOINTMENT_EMAIL_TO) {
    throw new Error('APPOINTMENT_EMAIL_TO is required when SMTP_URL is set (where appointment requests are sent)')
  }
  if (!localLake && !vars.SANITY_REVALIDATE_SECRET) {
    throw new Error('SANITY_REVALIDATE_SECRET is required when NEXT_PUBLIC_SANITY_PROJECT_ID is set')
  }
  return {
    readToken: localLake ? (vars.LAKE_TOKEN ?? LAKE_DEFAULT_TOKEN) : vars.SANITY_API_READ_TOKEN,
    writeToken: localLake ? (vars.LAKE_TOKEN ?? LAKE_DEFAULT_TOKEN) : vars.SANITY_API_WRITE_TOKEN,
    revalidateSecret: vars.SANITY_REVALIDATE_SECRET ?? LAKE_DEFAULT_WEBHOOK_SECRET,
    smtpUrl: vars.SMTP_URL,
    appointmentEmailTo: vars.APPOINTMENT_EMAIL_TO,
    appointmentEmailFrom: vars.APPOINTMENT_EMAIL_FROM,
    outboxDir: vars.OUTBOX_DIR,
    contactRateLimit: vars.CONTACT_RATE_LIMIT,
    redisUrl: vars.REDIS_URL,
    shutdownDrainMs: vars.SHUTDOWN_DRAIN_SECONDS * 1000,
  }
}

export const serverEnv = parseServerEnv(
  {
    SANITY_API_READ_TOKEN: process.env.SANITY_API_READ_TOKEN,
    SANITY_REVALIDATE_SECRET: process.env.SANITY_REVALIDATE_SECRET,
    SANITY_API_WRITE_TOKEN: process.env.SANITY_API_WRITE_TOKEN,
    LAKE_TOKEN: process.env.LAKE_TOKEN,
    SMTP_URL: process.env.SMTP_URL,
    APPOINTMENT_EMAIL_TO: process.env.APPOINTMENT_EMAIL_TO,
    APPOINTMENT_EMAIL_FROM: process.env.APPOINTMENT_EMAIL_FROM,
    OUTBOX_DIR: process.env.OUTBOX_DIR,
    SHUTDOWN_DRAIN_SECONDS: process.env.SHUTDOWN_DRAIN_SECONDS,
    CONTACT_RATE_LIMIT: process.env.CONTACT_RATE_LIMIT,
    REDIS_URL: process.env.REDIS_URL,
  },
  usesLocalLake,
)
