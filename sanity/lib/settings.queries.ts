import {defineQuery} from 'groq'
import {z} from 'zod'
import type {Drift, NoDrift} from './drift.ts'
import type {SiteSettingsQueryResult} from '../types.ts'

// The practice's facts (one singleton document), beside the model that reads them; settings.ts
// holds the cached function.

export const siteSettingsQuery = defineQuery(`
  *[_id == "siteSettings"][0] {practiceName, tagline, address, phone, email, clientPortalUrl}
`)

export const siteSettingsModel = z.object({
  practiceName: z.string().min(1),
  tagline: z.string().nullish(),
  address: z.object({
    street: z.string(),
    suite: z.string().nullish(),
    city: z.string(),
    state: z.string(),
    postalCode: z.string(),
  }),
  phone: z.string().nullish(),
  email: z.string().nullish(),
  clientPortalUrl: z.url().nullish(),
})

export type SiteSettings = z.infer<typeof siteSettingsModel>

// Compile-time: the model reads exactly what the query returns (see drift.ts).
export type SettingsModelFitsItsQuery = NoDrift<Drift<SiteSettingsQueryResult, typeof siteSettingsModel>>
