import {defineQuery} from 'groq'
import {z} from 'zod'
import {WEEKDAYS} from '../../lib/practice/hours.ts'
import type {Drift, NoDrift} from './drift.ts'
import type {PracticeDetailsQueryResult} from '../types.ts'

// The practice's details (one singleton document) beside the model that reads them;
// practice.ts holds the cached function.

export const practiceDetailsQuery = defineQuery(`
  *[_id == "practiceDetails"][0] {
    officeHours[]{days, opens, closes},
    closures[]{from, to, note},
    callBackPromise,
    insurancePlans,
    insuranceNote,
    selfPayRates[]{label, amount},
    slidingScale,
    slidingScaleNote,
    telehealthOffered,
    telehealthStates,
    directions,
    parking,
    location{lat, lng}
  }
`)

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/)
const texts = z
  .array(z.string().min(1))
  .nullish()
  .transform((list) => list ?? [])

// The Studio stores days as strings from its list; one outside it is a mistake, caught here.
export const weekdaysModel = z.array(z.string().pipe(z.enum(WEEKDAYS))).min(1)

export const officeHoursModel = z.object({days: weekdaysModel, opens: timeOfDay, closes: timeOfDay})
export const closureModel = z.object({from: z.iso.date(), to: z.iso.date(), note: z.string().min(1)})
export const meetingModel = z.object({days: weekdaysModel, start: timeOfDay, end: timeOfDay})

/** Lists the office fills in one entry at a time: an unfinished entry is left out, not the page. */
const entries = <M extends z.ZodType>(model: M) =>
  z
    .array(model.nullable().catch(null))
    .nullish()
    .transform((list) => (list ?? []).filter((item): item is NonNullable<typeof item> => item !== null))

export const practiceDetailsModel = z.object({
  officeHours: entries(officeHoursModel),
  closures: entries(closureModel),
  callBackPromise: z.string().min(1),
  insurancePlans: texts,
  insuranceNote: z.string().min(1),
  selfPayRates: entries(z.object({label: z.string().min(1), amount: z.number().nonnegative()})),
  slidingScale: z.boolean().nullish(),
  slidingScaleNote: z.string().nullish(),
  telehealthOffered: z.boolean().nullish(),
  telehealthStates: texts,
  directions: z.string().nullish(),
  parking: z.string().nullish(),
  location: z.object({lat: z.number(), lng: z.number()}).nullish().catch(null),
})

export type PracticeDetails = z.infer<typeof practiceDetailsModel>

// Compile-time: the model reads exactly what the query returns (see drift.ts).
export type PracticeDetailsModelFitsItsQuery = NoDrift<Drift<PracticeDetailsQueryResult, typeof practiceDetailsModel>>
