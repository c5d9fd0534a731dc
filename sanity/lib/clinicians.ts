import 'server-only'
import {clinicianBySlugQuery, cliniciansQuery} from './clinician-queries'
import {clinicianCardModel, clinicianModel, type Clinician, type ClinicianCard} from './clinician-models'
import {fetchForRequest} from './live'
import {parseList, parseOne} from './parse'
import {tags} from './tags'

export async function getClinicians(): Promise<ClinicianCard[]> {
  'use cache'
  const {data} = await fetchForRequest({query: cliniciansQuery, tags: [tags.clinicians]})
  return parseList(clinicianCardModel, data, 'clinician')
}

export async function getClinician(slug: string): Promise<Clinician | null> {
  'use cache'
  const {data} = await fetchForRequest({query: clinicianBySlugQuery, params: {slug}, tags: [tags.clinicians, tags.postList, tags.goLive]})
  return parseOne(clinicianModel, data, 'clinician')
}
