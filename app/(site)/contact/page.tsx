import type {Metadata} from 'next'
import {AppointmentForm} from '../../../components/contact/AppointmentForm.tsx'
import {OfficeDetails} from '../../../components/practice/OfficeDetails.tsx'
import {JsonLd} from '../../../components/seo/JsonLd.tsx'
import {medicalBusinessJsonLd} from '../../../lib/json-ld.ts'
import {practiceFacts} from '../../../lib/practice-facts.ts'
import {pageMetadata} from '../../../lib/seo.ts'
import {getSiteSettings} from '../../../sanity/lib/settings.ts'
import {routes} from '../../../lib/routes.ts'

export const metadata: Metadata = pageMetadata({
  title: 'Request an appointment',
  description:
    'Ask for a call back about the Intensive Outpatient Program, group or individual therapy, or find the office.',
  path: routes.contact,
})

export default async function ContactPage() {
  const settings = await getSiteSettings()
  return (
    <div className="contact">
      <h1>Request an appointment</h1>
      <p className="emergency-note" role="note">
        <strong>This form is not for emergencies.</strong> If you are in crisis, call or text <a href="tel:988">988</a>,
        or call <a href="tel:911">911</a>.
      </p>
      <div className="contact__columns">
        <section aria-labelledby="form-title">
          <h2 id="form-title">Ask for a call back</h2>
          <p>Tell us how to reach you and we will get back to you {practiceFacts.callBackPromise}.</p>
          <AppointmentForm />
          {settings?.clientPortalUrl ? (
            <p>
              Already a client?{' '}
              <a href={settings.clientPortalUrl} rel="noopener noreferrer">
                Request through the client portal
              </a>
              .
            </p>
          ) : null}
        </section>
        {settings ? (
          <section aria-label="Office details">
            <OfficeDetails settings={settings} />
          </section>
        ) : null}
      </div>
      {settings ? <JsonLd data={medicalBusinessJsonLd(settings, practiceFacts.geo)} /> : null}
    </div>
  )
}
