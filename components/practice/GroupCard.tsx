import Link from 'next/link'
import {describeStart} from '../../lib/practice/describe.ts'
import {describeMeetings} from '../../lib/practice/hours.ts'
import {ENROLLMENT_STATUSES, GROUP_FORMATS, titleOf} from '../../lib/practice/options.ts'
import {routes} from '../../lib/routes.ts'
import type {ListedGroup} from '../../sanity/lib/groups.ts'

/** One group as a person deciding whether to call reads it: when, where, when it starts, room left. */
export function GroupCard({group, headingLevel = 2}: {group: ListedGroup; headingLevel?: 2 | 3}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="group-card" aria-labelledby={`group-${group.slug}`}>
      <Heading id={`group-${group.slug}`} className="group-card__title">
        {group.title}
      </Heading>
      <p className={`status status--${group.enrollment}`}>{titleOf(ENROLLMENT_STATUSES, group.enrollment)}</p>
      <dl className="facts">
        <div>
          <dt>When</dt>
          <dd>
            {describeMeetings(group.meetings).join('; ')} <span className="facts__note">(Eastern time)</span>
          </dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>{titleOf(GROUP_FORMATS, group.format)}</dd>
        </div>
        <div>
          <dt>Starts</dt>
          <dd>{describeStart(group)}</dd>
        </div>
        {group.lengthWeeks ? (
          <div>
            <dt>Length</dt>
            <dd>{group.lengthWeeks} weeks</dd>
          </div>
        ) : null}
        <div>
          <dt>For</dt>
          <dd>{group.audience}</dd>
        </div>
        {group.facilitators.length ? (
          <div>
            <dt>Led by</dt>
            <dd>
              {group.facilitators.map((person, index) => (
                <span key={person.slug}>
                  {index ? ' and ' : ''}
                  <Link href={routes.clinician(person.slug)}>{person.name}</Link>
                </span>
              ))}
            </dd>
          </div>
        ) : null}
        {group.costNote ? (
          <div>
            <dt>Cost</dt>
            <dd>{group.costNote}</dd>
          </div>
        ) : null}
      </dl>
      <p>
        {/* The visible words start the name, so speech input finds it (WCAG 2.5.3). */}
        <Link
          className="button button--secondary"
          href={routes.askAboutGroup(group.slug)}
          aria-label={`Ask about this group: ${group.title}`}
        >
          Ask about this group
        </Link>
      </p>
    </article>
  )
}
