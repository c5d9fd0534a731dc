import {defineQuery} from 'groq'
import {z} from 'zod'
import type {Drift, NoDrift} from './drift.ts'
import {imageFields, personRefFields, postSummaryFields, listedPost} from './groq-fragments.ts'
import {imageModel, personRefModel, portableBlock, postSummaryModel} from './models.ts'
import {listOf} from './parse.ts'
import {ACCEPTING_CLIENTS, values} from '../../lib/practice/options.ts'
import type {ClinicianBySlugQueryResult, CliniciansQueryResult} from '../types.ts'

// Clinicians: each query beside the model that reads its result; clinicians.ts holds the
// cached functions.

const clinicianFields = /* groq */ `
  _id,
  name,
  "slug": slug.current,
  credentials,
  licenseNumber,
  specialties,
  "photo": photo{${imageFields}},
  "supervisor": supervisor->{${personRefFields}},
  acceptingClients,
  acceptingFor,
  telehealth,
  licensedStates
`

export const cliniciansQuery = defineQuery(`
  *[_type == "clinician" && defined(slug.current)] | order(name asc) {${clinicianFields}}
`)

export const clinicianBySlugQuery = defineQuery(`
  *[_type == "clinician" && slug.current == $slug][0] {
    ${clinicianFields},
    bio,
    "posts": *[${listedPost} && author._ref == ^._id] | order(publishedAt desc) [0...24] {${postSummaryFields}}
  }
`)

const listOrEmpty = z
  .array(z.string())
  .nullish()
  .transform((list) => list ?? [])

const clinicianCardModel = z.object({
  _id: z.string(),
  name: z.string().min(1),
  slug: z.string().min(1),
  credentials: listOrEmpty,
  licenseNumber: z.string().nullish(),
  specialties: listOrEmpty,
  photo: imageModel.nullish().catch(null),
  supervisor: personRefModel.nullish().catch(null),
  /** Unset reads as not accepting: the site never claims availability the office did not enter. */
  acceptingClients: z
    .enum(values(ACCEPTING_CLIENTS))
    .nullish()
    .catch(null)
    .transform((value) => value ?? 'no'),
  acceptingFor: listOrEmpty,
  telehealth: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
  licensedStates: listOrEmpty,
})

export const clinicianCardsModel = listOf(clinicianCardModel, 'clinician')

export const clinicianModel = clinicianCardModel.extend({
  bio: z.array(portableBlock).nullish(),
  posts: listOf(postSummaryModel, 'post'),
})

export type ClinicianCard = z.infer<typeof clinicianCardModel>
export type Clinician = z.infer<typeof clinicianModel>

// Compile-time: each model reads exactly what its query returns (see drift.ts).
export type ClinicianModelsFitTheirQueries = [
  NoDrift<Drift<CliniciansQueryResult, typeof clinicianCardsModel>>,
  NoDrift<Drift<ClinicianBySlugQueryResult, typeof clinicianModel>>,
]
