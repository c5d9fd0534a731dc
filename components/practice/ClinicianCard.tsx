import Link from 'next/link'
import type {ClinicianCard as ClinicianCardData} from '../../sanity/lib/clinicians.queries.ts'
import {ContentImage} from '../ui/ContentImage.tsx'
import {Availability} from './Availability.tsx'
import {imageDisplays} from '../ui/image-displays.ts'
import {routes} from '../../lib/routes.ts'

export function ClinicianCard({clinician, headingLevel = 2}: {clinician: ClinicianCardData; headingLevel?: 2 | 3}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="clinician-card">
      {clinician.photo ? <ContentImage image={clinician.photo} display={imageDisplays.portrait} /> : null}
      <Heading className="clinician-card__name">
        <Link href={routes.clinician(clinician.slug)}>{clinician.name}</Link>
      </Heading>
      <p className="clinician-card__credentials">{clinician.credentials.join(', ')}</p>
      {clinician.specialties.length ? <p>{clinician.specialties.join(' · ')}</p> : null}
      <Availability clinician={clinician} />
    </article>
  )
}
