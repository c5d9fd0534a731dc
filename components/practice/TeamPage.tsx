import Link from 'next/link'
import {routes} from '../../lib/routes.ts'
import type {ClinicianCard as ClinicianCardData} from '../../sanity/lib/clinicians.queries.ts'
import {ClinicianCard} from './ClinicianCard.tsx'

/** The team, all of it or only those taking new clients (app/(site)/team and team/accepting). */
export function TeamPage({acceptingOnly, clinicians: all}: {acceptingOnly: boolean; clinicians: ClinicianCardData[]}) {
  const clinicians = acceptingOnly ? all.filter((clinician) => clinician.acceptingClients === 'yes') : all
  return (
    <section aria-labelledby="team-title">
      <h1 id="team-title">{acceptingOnly ? 'Clinicians taking new clients' : 'Our clinicians'}</h1>
      <nav aria-label="Show" className="filters">
        <ul className="filters__list plain-list">
          <li>
            <Link className="filter" href={routes.team} aria-current={acceptingOnly ? undefined : 'page'}>
              Everyone
            </Link>
          </li>
          <li>
            <Link className="filter" href={routes.teamAccepting} aria-current={acceptingOnly ? 'page' : undefined}>
              Taking new clients
            </Link>
          </li>
        </ul>
      </nav>
      {clinicians.length ? (
        <div className="clinician-grid">
          {clinicians.map((clinician) => (
            <ClinicianCard key={clinician._id} clinician={clinician} />
          ))}
        </div>
      ) : (
        <p>
          No clinician is taking new clients this week. Waitlists open often: <Link href={routes.contact}>ask us</Link>{' '}
          and we will tell you when a place is free.
        </p>
      )}
    </section>
  )
}
