import Link from 'next/link'
import {matchesFilter, type GroupFilter} from '../../lib/practice/group-filters.ts'
import {groupJsonLd} from '../../lib/practice/json-ld.ts'
import {routes} from '../../lib/routes.ts'
import type {ListedGroup} from '../../sanity/lib/groups.ts'
import type {SiteSettings} from '../../sanity/lib/settings.queries.ts'
import {JsonLd} from '../seo/JsonLd.tsx'
import {GroupCard} from './GroupCard.tsx'
import {GroupFilters} from './GroupFilters.tsx'

type Props = {filter: GroupFilter; groups: ListedGroup[]; settings: SiteSettings | null}

/** The groups page, whole or narrowed (app/(site)/groups). */
export function GroupsPage({filter, groups, settings}: Props) {
  const shown = groups.filter((group) => matchesFilter(group, filter))
  return (
    <div className="groups">
      <h1>Groups</h1>
      <p className="hero__lead">
        Every group we run now: when it meets, where, when the next one starts and whether there is room. Times are
        Asheville’s (Eastern).
      </p>
      <GroupFilters filter={filter} />
      <p className="groups__count" role="status">
        {shown.length === 1 ? '1 group' : `${shown.length} groups`}
      </p>
      {shown.length ? (
        <div className="group-grid">
          {shown.map((group) => (
            <GroupCard key={group._id} group={group} />
          ))}
        </div>
      ) : (
        <p>
          No group matches right now. <Link href={routes.groups}>See every group</Link>, or{' '}
          <Link href={routes.contact}>ask us</Link> what would fit.
        </p>
      )}
      {settings ? shown.map((group) => <JsonLd key={group._id} data={groupJsonLd(group, settings)} />) : null}
    </div>
  )
}
