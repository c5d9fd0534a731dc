import type {Metadata} from 'next'
import {ClinicianCard} from '../../../components/practice/ClinicianCard.tsx'
import {pageMetadata} from '../../../lib/seo.ts'
import {getClinicians} from '../../../sanity/lib/clinicians.ts'
import {routes} from '../../../lib/routes.ts'

export const metadata: Metadata = pageMetadata({
  title: 'Our clinicians',
  description: 'The licensed clinicians who lead our groups and individual sessions.',
  path: routes.team,
})

export default async function TeamPage() {
  const clinicians = await getClinicians()
  return (
    <section aria-labelledby="team-title">
      <h1 id="team-title">Our clinicians</h1>
      <div className="clinician-grid">
        {clinicians.map((clinician) => (
          <ClinicianCard key={clinician._id} clinician={clinician} />
        ))}
      </div>
    </section>
  )
}
