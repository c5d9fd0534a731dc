import 'server-only'
import {groupIsListed, hasStarted} from '../../lib/practice/groups.ts'
import {groupsModel, groupsQuery, type Group} from './groups.queries.ts'
import {read} from './read.ts'
import {tags} from './tags.ts'

export type ListedGroup = Group & {
  /** Its dated start has passed (it still takes people unless closed). */
  started: boolean
}

/**
 * The groups visitors see now, each marked started or not. Decided inside the cache, dated by
 * when it was filled; the go-live schedule expires it when a group leaves or starts.
 */
export async function getGroups(): Promise<ListedGroup[]> {
  'use cache'
  const groups = await read({
    query: groupsQuery,
    tags: [tags.groups, tags.clinicians],
    onSchedule: true,
    model: groupsModel,
    what: 'groups',
  })
  const now = Date.now()
  return (groups ?? [])
    .filter((group) => groupIsListed(group, now))
    .map((group) => ({...group, started: hasStarted(group, now)}))
}
