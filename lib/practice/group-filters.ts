import {services} from '../services/index.ts'
import type {GroupFormat} from './options.ts'

// The groups page's filters, each combination a prerendered page (/groups/<format>/<service>):
// links, not a form with a query string, which would make the page render per request.

export const ANY = 'any'

export const FORMAT_FILTERS: {slug: string; label: string; formats: readonly GroupFormat[]}[] = [
  {slug: ANY, label: 'In the office or online', formats: ['office', 'telehealth', 'both']},
  {slug: 'in-office', label: 'In the office', formats: ['office', 'both']},
  {slug: 'online', label: 'Online (telehealth)', formats: ['telehealth', 'both']},
]

export const SERVICE_FILTERS: {slug: string; label: string}[] = [
  {slug: ANY, label: 'All services'},
  ...services.map((service) => ({slug: service.slug, label: service.title})),
]

export type GroupFilter = {format: string; service: string}

export const isKnownFilter = ({format, service}: GroupFilter) =>
  FORMAT_FILTERS.some((f) => f.slug === format) && SERVICE_FILTERS.some((s) => s.slug === service)

/** Every filtered page but the unfiltered one, which is /groups itself. */
export const filterPages = (): GroupFilter[] =>
  FORMAT_FILTERS.flatMap((f) => SERVICE_FILTERS.map((s) => ({format: f.slug, service: s.slug}))).filter(
    (filter) => filter.format !== ANY || filter.service !== ANY,
  )

export function matchesFilter<G extends {format: GroupFormat; service: string}>(
  group: G,
  filter: GroupFilter,
): boolean {
  const formats = FORMAT_FILTERS.find((f) => f.slug === filter.format)?.formats ?? []
  return formats.includes(group.format) && (filter.service === ANY || group.service === filter.service)
}
