import type {Metadata} from 'next'
import {notFound} from 'next/navigation'
import {GroupsPage} from '../../../../../components/practice/GroupsPage.tsx'
import {filterPages, FORMAT_FILTERS, isKnownFilter, SERVICE_FILTERS} from '../../../../../lib/practice/group-filters.ts'
import {pageMetadata} from '../../../../../lib/seo.ts'
import {routes} from '../../../../../lib/routes.ts'
import {getGroups} from '../../../../../sanity/lib/groups.ts'
import {getSiteSettings} from '../../../../../sanity/lib/settings.ts'

type Props = {params: Promise<{format: string; service: string}>}

// Each filter combination is its own prerendered page.
export function generateStaticParams() {
  return filterPages()
}

const isFilterPage = (filter: {format: string; service: string}) =>
  isKnownFilter(filter) &&
  filterPages().some((page) => page.format === filter.format && page.service === filter.service)

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const filter = await params
  if (!isFilterPage(filter)) return {}
  const where = FORMAT_FILTERS.find((f) => f.slug === filter.format)?.label
  const service = SERVICE_FILTERS.find((s) => s.slug === filter.service)?.label
  return pageMetadata({
    title: `Groups: ${service}, ${where?.toLowerCase()}`,
    path: routes.groupsFiltered(filter.format, filter.service),
    // The unfiltered page is the one to index; these are views of it.
    noindex: true,
  })
}

export default async function FilteredGroups({params}: Props) {
  const filter = await params
  if (!isFilterPage(filter)) notFound()
  const [groups, settings] = await Promise.all([getGroups(), getSiteSettings()])
  return <GroupsPage filter={filter} groups={groups} settings={settings} />
}
