import type {Metadata} from 'next'
import {ClinicianProfile} from '../../../../components/practice/ClinicianProfile.tsx'
import {JsonLd} from '../../../../components/seo/JsonLd.tsx'
import {breadcrumbJsonLd, personJsonLd} from '../../../../lib/json-ld.ts'
import {nameWithCredentials} from '../../../../lib/format.ts'
import {parseSlug} from '../../../../lib/params.ts'
import {pageMetadata} from '../../../../lib/seo.ts'
import {getClinician, getClinicians} from '../../../../sanity/lib/clinicians.ts'
import {movedOrNotFound} from '../../../../sanity/lib/moved.ts'
import {routes} from '../../../../lib/routes.ts'

type Props = {params: Promise<{slug: string}>}

export const instant = false

export async function generateStaticParams() {
  return (await getClinicians()).map((clinician) => ({slug: clinician.slug}))
}

async function loadClinician(params: Props['params']) {
  const slug = parseSlug((await params).slug)
  return slug ? getClinician(slug) : null
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const clinician = await loadClinician(params)
  if (!clinician) return {}
  return pageMetadata({
    title: nameWithCredentials(clinician),
    description: clinician.specialties.length ? `Specialties: ${clinician.specialties.join(', ')}.` : undefined,
    path: routes.clinician(clinician.slug),
  })
}

export default async function ClinicianPage({params}: Props) {
  const clinician = await loadClinician(params)
  if (!clinician) return movedOrNotFound('clinician', parseSlug((await params).slug), routes.clinician)
  return (
    <>
      <ClinicianProfile clinician={clinician} />
      <JsonLd data={personJsonLd({...clinician, image: clinician.photo?.url})} />
      <JsonLd
        data={breadcrumbJsonLd([
          {name: 'Home', path: routes.home},
          {name: 'Our clinicians', path: routes.team},
          {name: clinician.name, path: routes.clinician(clinician.slug)},
        ])}
      />
    </>
  )
}
