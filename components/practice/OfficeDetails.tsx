import type {PracticeDetails} from '../../sanity/lib/practice.queries.ts'
import type {SiteSettings} from '../../sanity/lib/settings.queries.ts'
import {formatAddress, telHref} from '../../lib/format.ts'
import {WeeklyHours} from './WeeklyHours.tsx'

function mapLink({lat, lng}: {lat: number; lng: number}): string {
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=18/${lat}/${lng}`
}

type Props = {settings: SiteSettings; details: PracticeDetails | null; headingLevel?: 2 | 3}

/** Address, phone and email from Site settings; hours, directions and parking from Practice details. */
export function OfficeDetails({settings, details, headingLevel = 2}: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <div className="office">
      <Heading>Visit or call</Heading>
      <address>
        {settings.practiceName}
        <br />
        {formatAddress(settings.address)}
        {settings.phone ? (
          <>
            <br />
            Phone: <a href={telHref(settings.phone)}>{settings.phone}</a>
          </>
        ) : null}
        {settings.email ? (
          <>
            <br />
            Email: <a href={`mailto:${settings.email}`}>{settings.email}</a>
          </>
        ) : null}
      </address>
      {details?.officeHours.length ? (
        <>
          <Heading>Office hours</Heading>
          <WeeklyHours details={details} />
        </>
      ) : null}
      {details ? (
        <>
          <Heading>Getting here</Heading>
          {details.directions ? <p>{details.directions}</p> : null}
          {details.parking ? <p>{details.parking}</p> : null}
          {details.location ? (
            <p>
              <a href={mapLink(details.location)} rel="noopener noreferrer">
                Open the office on a map (OpenStreetMap)
              </a>
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  )
}
