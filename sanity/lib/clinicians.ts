import 'server-only'
import {
  clinicianBySlugQuery,
  clinicianCardsModel,
  clinicianModel,
  cliniciansQuery,
  type Clinician,
  type ClinicianCard,
} from './clinicians.queries.ts'
import {read} from './read.ts'
import {tags} from './tags.ts'

export async function getClinicians(): Promise<ClinicianCard[]> {
  'use cache'
  const clinicians = await read({
    query: cliniciansQuery,
    tags: [tags.clinicians],
    model: clinicianCardsModel,
    what: 'clinicians',
  })
  return clinicians ?? []
}

/** A clinician's profile with their newest articles. */
export async function getClinician(slug: string): Promise<Clinician | null> {
  'use cache'
  return read({
    query: clinicianBySlugQuery,
    params: {slug},
    tags: [tags.clinicians, tags.postList],
    onSchedule: true,
    model: clinicianModel,
    what: 'clinician',
  })
}
