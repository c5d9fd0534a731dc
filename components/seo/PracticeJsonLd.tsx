import {practiceJsonLd} from '../../lib/practice/json-ld.ts'
import type {ClinicianCard} from '../../sanity/lib/clinicians.queries.ts'
import type {PracticeDetails} from '../../sanity/lib/practice.queries.ts'
import type {SiteSettings} from '../../sanity/lib/settings.queries.ts'
import {JsonLd} from './JsonLd.tsx'

type Props = {settings: SiteSettings; details: PracticeDetails | null; clinicians: ClinicianCard[]}

/** The practice for search engines: address, hours, closures, and whether anyone takes new clients. */
export function PracticeJsonLd({settings, details, clinicians}: Props) {
  return (
    <JsonLd
      data={practiceJsonLd({
        ...settings,
        officeHours: details?.officeHours ?? [],
        closures: details?.closures ?? [],
        location: details?.location,
        acceptingNewClients: clinicians.some((clinician) => clinician.acceptingClients === 'yes'),
      })}
    />
  )
}
