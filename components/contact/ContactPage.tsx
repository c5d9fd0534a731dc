import {OfficeDetails} from '../practice/OfficeDetails.tsx'
import {PracticeJsonLd} from '../seo/PracticeJsonLd.tsx'
import {getClinicians} from '../../sanity/lib/clinicians.ts'
import {getPracticeDetails} from '../../sanity/lib/practice.ts'
import {getSiteSettings} from '../../sanity/lib/settings.ts'
import {AppointmentForm, type FormPreset} from './AppointmentForm.tsx'

/** What the contact page shows besides the form. */
export async function getContactPageData() {
  const [settings, details, clinicians] = await Promise.all([getSiteSettings(), getPracticeDetails(), getClinicians()])
  return {settings, details, clinicians}
}

type Props = Awaited<ReturnType<typeof getContactPageData>> & {preset?: FormPreset}

/** The appointment request page (app/(site)/contact), or the same with a group chosen (contact/group/[slug]). */
export function ContactPage({settings, details, clinicians, preset}: Props) {
  return (
    <div className="contact">
      <h1>{preset?.group ? `Ask about the ${preset.group.title}` : 'Request an appointment'}</h1>
      <p className="emergency-note" role="note">
        <strong>This form is not for emergencies.</strong> If you are in crisis, call or text <a href="tel:988">988</a>,
        or call <a href="tel:911">911</a>.
      </p>
      <div className="contact__columns">
        <section aria-labelledby="form-title">
          <h2 id="form-title">Ask for a call back</h2>
          <p>Tell us how to reach you and we will get back to you {details?.callBackPromise ?? 'as soon as we can'}.</p>
          <AppointmentForm preset={preset} />
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
            <OfficeDetails settings={settings} details={details} />
          </section>
        ) : null}
      </div>
      {settings ? <PracticeJsonLd settings={settings} details={details} clinicians={clinicians} /> : null}
    </div>
  )
}
