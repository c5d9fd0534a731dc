import Link from 'next/link'
import {describeDay} from '../../lib/practice/describe.ts'
import {rollingGroups, soonestStart} from '../../lib/practice/groups.ts'
import {ENROLLMENT_STATUSES, GROUP_FORMATS, titleOf} from '../../lib/practice/options.ts'
import type {ListedGroup} from '../../sanity/lib/groups.ts'

/** "The next IOP group starts Monday, January 11 …": what someone deciding when to call asks first. */
type Props = {
  groups: ListedGroup[]
  /** "IOP", "BIPOC": how the groups are named in the sentence. */
  what: string
  /** Where the groups' cards are: this page (''), or the groups page. */
  cardsAt?: string
}

export function NextStarts({groups, what, cardsAt = ''}: Props) {
  const soonest = soonestStart(groups)
  const rolling = rollingGroups(groups)
  if (!soonest && !rolling.length)
    return <p>No {what} group is taking new members right now; ask us about the next one.</p>
  return (
    <ul className="next-starts plain-list">
      {soonest?.nextStart ? (
        <li>
          The next {what} group starts <strong>{describeDay(soonest.nextStart)}</strong>:{' '}
          <Link href={`${cardsAt}#group-${soonest.slug}`}>{soonest.title}</Link>,{' '}
          {titleOf(GROUP_FORMATS, soonest.format).toLowerCase()}
          {soonest.enrollment === 'open' ? '' : ` (${titleOf(ENROLLMENT_STATUSES, soonest.enrollment).toLowerCase()})`}.
        </li>
      ) : null}
      {rolling.map((group) => (
        <li key={group._id}>
          <Link href={`${cardsAt}#group-${group.slug}`}>{group.title}</Link> (
          {titleOf(GROUP_FORMATS, group.format).toLowerCase()}) takes new members any week.
        </li>
      ))}
    </ul>
  )
}
