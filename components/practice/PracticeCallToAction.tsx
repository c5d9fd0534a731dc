import type {SiteSettings} from '../../sanity/lib/settings.queries.ts'
import {formatAddress, telHref} from '../../lib/format.ts'
import {routes} from '../../lib/routes.ts'

/** The practice's closing invitation, with its address and phone from Site settings. */
export function PracticeCallToAction({settings}: {settings: SiteSettings | null}) {
  if (!settings) return null
  return (
    <aside className="practice-cta" aria-labelledby="practice-cta-title">
      <h2 id="practice-cta-title">Talk with us</h2>
      <p>
        If something here sounds familiar, we would be glad to talk. {settings.practiceName} is at{' '}
        {formatAddress(settings.address)}.
        {settings.phone ? (
          <>
            {' '}
            Call us at <a href={telHref(settings.phone)}>{settings.phone}</a>, or ask for a call back.
          </>
        ) : null}
      </p>
      <a className="button" href={routes.contact}>
        Request an appointment
      </a>
    </aside>
  )
}
