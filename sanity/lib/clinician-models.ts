import {z} from 'zod'
import {imageModel, personRefModel, postSummaryModel} from './models.ts'

export const clinicianCardModel = z.object({
  _id: z.string(),
  name: z.string().min(1),
  slug: z.string().min(1),
  credentials: z
    .array(z.string())
    .nullish()
    .transform((list) => list ?? []),
  licenseNumber: z.string().nullish(),
  specialties: z
    .array(z.string())
    .nullish()
    .transform((list) => list ?? []),
  photo: imageModel.nullish().catch(null),
  supervisor: personRefModel.nullish().catch(null),
})

export const clinicianModel = clinicianCardModel.extend({
  bio: z.array(z.looseObject({_type: z.string(), _key: z.string()})).nullish(),
  posts: z
    .array(postSummaryModel.nullable().catch(null))
    .nullish()
    .transform((list) => (list ?? []).filter((p) => p !== null)),
})

export type ClinicianCard = z.infer<typeof clinicianCardModel>
export type Clinician = z.infer<typeof clinicianModel>
