import 'server-only'
import {clinicianBySlugQuery, cliniciansQuery} from './clinician-queries.ts'
import {clinicianCardModel, clinicianModel, type Clinician, type ClinicianCard} from './clinician-models.ts'
import {fetchForRequest} from './live.ts'
import {parseList, parseOne} from './parse.ts'
import {tags} from './tags.ts'

export async function getClinicians(): Promise<ClinicianCard[]> {
  'use cache'
  const {data} = await fetchForRequest({query: cliniciansQuery, tags: [tags.clinicians]})
  return parseList(clinicianCardModel, data, 'clinician')
}

export async function getClinician(slug: string): Promise<Clinician | null> {
  'use cache'
  const {data} = await fetchForRequest({
    query: clinicianBySlugQuery,
    params: {slug},
    tags: [tags.clinicians, tags.postList, tags.goLive],
  })
  return parseOne(clinicianModel, data, 'clinician')
}
