import {describeWeeklyHours} from '../../lib/practice/hours.ts'
import type {PracticeDetails} from '../../sanity/lib/practice.queries.ts'
import {OpenNow} from './OpenNow.tsx'

/** The office's weekly hours from Practice details, with whether it is open at this minute. */
export function WeeklyHours({details}: {details: Pick<PracticeDetails, 'officeHours' | 'closures'>}) {
  if (!details.officeHours.length) return null
  return (
    <div className="hours">
      <OpenNow hours={details.officeHours} closures={details.closures} />
      <dl>
        {describeWeeklyHours(details.officeHours).map((line) => (
          <div key={line.days}>
            <dt>{line.days}</dt>
            <dd>{line.hours}</dd>
          </div>
        ))}
      </dl>
      <p className="hours__zone">Eastern time</p>
    </div>
  )
}
