import type {Metadata} from 'next'
import {TeamPage} from '../../../components/practice/TeamPage.tsx'
import {pageMetadata} from '../../../lib/seo.ts'
import {routes} from '../../../lib/routes.ts'
import {getClinicians} from '../../../sanity/lib/clinicians.ts'

export const metadata: Metadata = pageMetadata({
  title: 'Our clinicians',
  description: 'The licensed clinicians who lead our groups and individual sessions, and who is taking new clients.',
  path: routes.team,
})

export default async function Team() {
  return <TeamPage acceptingOnly={false} clinicians={await getClinicians()} />
}
