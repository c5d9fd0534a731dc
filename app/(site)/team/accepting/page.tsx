import type {Metadata} from 'next'
import {TeamPage} from '../../../../components/practice/TeamPage.tsx'
import {pageMetadata} from '../../../../lib/seo.ts'
import {routes} from '../../../../lib/routes.ts'
import {getClinicians} from '../../../../sanity/lib/clinicians.ts'

export const metadata: Metadata = pageMetadata({
  title: 'Clinicians taking new clients',
  description: 'The clinicians who have room for new clients now.',
  path: routes.teamAccepting,
})

export default async function TeamAccepting() {
  return <TeamPage acceptingOnly clinicians={await getClinicians()} />
}
