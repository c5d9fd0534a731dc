import Link from 'next/link'
import {getPracticeDetails} from '../../sanity/lib/practice.ts'
import {getSiteSettings} from '../../sanity/lib/settings.ts'
import {WeeklyHours} from '../practice/WeeklyHours.tsx'
import {formatAddress, telHref} from '../../lib/format.ts'
import {routes} from '../../lib/routes.ts'

const NOTICES = [
  {href: routes.insuranceAndFees, label: 'Insurance and fees'},
  {href: routes.privacy, label: 'Website privacy'},
  {href: routes.noticeOfPrivacyPractices, label: 'Notice of Privacy Practices'},
  {href: routes.crisis, label: 'Crisis resources'},
]

export async function SiteFooter() {
  const [settings, details] = await Promise.all([getSiteSettings(), getPracticeDetails()])
  return (
    <footer className="site-footer">
      <div className="container site-footer__grid">
        {settings ? (
          <div>
            <address>
              <strong>{settings.practiceName}</strong>
              <br />
              {formatAddress(settings.address)}
              {settings.phone ? (
                <>
                  <br />
                  <a href={telHref(settings.phone)}>{settings.phone}</a>
                </>
              ) : null}
            </address>
            {details ? <WeeklyHours details={details} /> : null}
          </div>
        ) : null}
        <nav aria-label="Notices">
          <ul className="plain-list">
            {NOTICES.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <div>
          <p>
            If you are thinking about suicide or are worried about someone, call or text <a href="tel:988">988</a> (the
            988 Suicide &amp; Crisis Lifeline), any time. In an emergency, call <a href="tel:911">911</a>.
          </p>
          <p className="site-footer__disclaimer">
            Articles on this site are general information, not a substitute for care from a professional who knows you.
          </p>
        </div>
      </div>
    </footer>
  )
}
