import type {SiteSettings} from '../../sanity/lib/settings.queries.ts'
import {formatAddress, telHref} from '../../lib/format.ts'
import {practiceFacts} from '../../lib/practice-facts.ts'

function mapLink(): string {
  const {latitude, longitude} = practiceFacts.geo
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=18/${latitude}/${longitude}`
}

/** Address, phone, email and hours from Site settings, with directions and a plain map link. */
export function OfficeDetails({settings, headingLevel = 2}: {settings: SiteSettings; headingLevel?: 2 | 3}) {
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
      {settings.hours?.length ? (
        <>
          <Heading>Office hours</Heading>
          <dl className="hours">
            {settings.hours.map((line) => (
              <div key={line.days}>
                <dt>{line.days}</dt>
                <dd>{line.hours}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      <Heading>Getting here</Heading>
      <p>{practiceFacts.directions}</p>
      <p>{practiceFacts.parking}</p>
      <p>
        <a href={mapLink()} rel="noopener noreferrer">
          Open the office on a map (OpenStreetMap)
        </a>
      </p>
    </div>
  )
}
