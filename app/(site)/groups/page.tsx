import type {Metadata} from 'next'
import {GroupsPage} from '../../../components/practice/GroupsPage.tsx'
import {ANY} from '../../../lib/practice/group-filters.ts'
import {pageMetadata} from '../../../lib/seo.ts'
import {routes} from '../../../lib/routes.ts'
import {getGroups} from '../../../sanity/lib/groups.ts'
import {getSiteSettings} from '../../../sanity/lib/settings.ts'

export const metadata: Metadata = pageMetadata({
  title: 'Groups: schedules and next start dates',
  description: 'Every group the practice runs, with its days and times, format, next start and whether there is room.',
  path: routes.groups,
})

export default async function Groups() {
  const [groups, settings] = await Promise.all([getGroups(), getSiteSettings()])
  return <GroupsPage filter={{format: ANY, service: ANY}} groups={groups} settings={settings} />
}
