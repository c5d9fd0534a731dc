import type {Metadata} from 'next'
import {ContactPage, getContactPageData} from '../../../components/contact/ContactPage.tsx'
import {pageMetadata} from '../../../lib/seo.ts'
import {routes} from '../../../lib/routes.ts'

export const metadata: Metadata = pageMetadata({
  title: 'Request an appointment',
  description:
    'Ask for a call back about the Intensive Outpatient Program, group or individual therapy, or find the office.',
  path: routes.contact,
})

export default async function Contact() {
  return <ContactPage {...await getContactPageData()} />
}
