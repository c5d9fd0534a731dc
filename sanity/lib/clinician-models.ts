import {z} from 'zod'
import {readingMinutes} from '../../lib/reading-time'
import {imageModel, personRefModel} from './models'

export const clinicianCardModel = z.object({
  _id: z.string(),
  name: z.string().min(1),
  slug: z.string().min(1),
  credentials: z.array(z.string()).nullish().transform((list) => list ?? []),
  licenseNumber: z.string().nullish(),
  specialties: z.array(z.string()).nullish().transform((list) => list ?? []),
  photo: imageModel.nullish().catch(null),
  supervisor: personRefModel.nullish().catch(null),
})

const clinicianPostModel = z
  .object({
    _id: z.string(),
    title: z.string().min(1),
    slug: z.string().min(1),
    excerpt: z.string().nullish(),
    publishedAt: z.iso.datetime({offset: true}),
    textLength: z.number().nullish(),
  })
  .transform(({textLength, ...post}) => ({...post, readingMinutes: readingMinutes(textLength ?? 0)}))

export const clinicianModel = clinicianCardModel.extend({
  bio: z.array(z.looseObject({_type: z.string(), _key: z.string()})).nullish(),
  posts: z
    .array(clinicianPostModel.nullable().catch(null))
    .nullish()
    .transform((list) => (list ?? []).filter((p) => p !== null)),
})

export type ClinicianCard = z.infer<typeof clinicianCardModel>
export type Clinician = z.infer<typeof clinicianModel>
