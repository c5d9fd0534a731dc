import Link from 'next/link'
import type {ClinicianCard as ClinicianCardData} from '@/sanity/lib/clinician-models'
import {ContentImage} from '@/components/ui/ContentImage'

export function ClinicianCard({clinician}: {clinician: ClinicianCardData}) {
  return (
    <article className="clinician-card">
      {clinician.photo ? <ContentImage image={clinician.photo} sizes="12rem" /> : null}
      <h2 className="clinician-card__name">
        <Link href={`/team/${clinician.slug}`}>{clinician.name}</Link>
      </h2>
      <p className="clinician-card__credentials">{clinician.credentials.join(', ')}</p>
      {clinician.specialties.length ? <p>{clinician.specialties.join(' · ')}</p> : null}
    </article>
  )
}
