import type {Metadata} from 'next'
import {pageMetadata} from '../../../lib/seo.ts'
import {routes} from '../../../lib/routes.ts'
import {stateNames} from '../../../lib/practice/us-states.ts'
import {getPracticeDetails} from '../../../sanity/lib/practice.ts'

export const metadata: Metadata = pageMetadata({
  title: 'Insurance and fees',
  description:
    'Insurance plans we accept, self-pay rates, the sliding scale, telehealth, and your right to a Good Faith Estimate.',
  path: routes.insuranceAndFees,
})

const dollars = new Intl.NumberFormat('en-US', {style: 'currency', currency: 'USD', minimumFractionDigits: 0})

// The facts (plans, prices, sliding scale, telehealth) are Practice details in the Studio; the
// Good Faith Estimate notice is the law's, so it stays here.
export default async function InsuranceAndFeesPage() {
  const details = await getPracticeDetails()
  return (
    <article className="article">
      <h1>Insurance and fees</h1>
      {details ? (
        <>
          <section aria-labelledby="insurance">
            <h2 id="insurance">Insurance</h2>
            {details.insurancePlans.length ? (
              <>
                <p>We are in network with:</p>
                <ul>
                  {details.insurancePlans.map((plan) => (
                    <li key={plan}>{plan}</li>
                  ))}
                </ul>
              </>
            ) : null}
            <p>{details.insuranceNote}</p>
          </section>
          <section aria-labelledby="self-pay">
            <h2 id="self-pay">Paying for yourself</h2>
            {details.selfPayRates.length ? (
              <dl className="facts">
                {details.selfPayRates.map((rate) => (
                  <div key={rate.label}>
                    <dt>{rate.label}</dt>
                    <dd>{dollars.format(rate.amount)}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              <p>Ask the office for our self-pay rates.</p>
            )}
            {details.slidingScale ? (
              <p>
                <strong>Sliding scale.</strong>{' '}
                {details.slidingScaleNote ?? 'Reduced fees are available; ask the office.'}
              </p>
            ) : null}
          </section>
          {details.telehealthOffered && details.telehealthStates.length ? (
            <section aria-labelledby="telehealth">
              <h2 id="telehealth">Telehealth</h2>
              <p>
                Sessions by secure video are available to clients who are in {stateNames(details.telehealthStates)}{' '}
                during the session.
              </p>
            </section>
          ) : null}
        </>
      ) : null}
      <section aria-labelledby="gfe">
        <h2 id="gfe">Your right to a Good Faith Estimate</h2>
        <p>
          Under the federal No Surprises Act, health care providers must give patients who do not have insurance, or who
          are not using insurance, an estimate of the expected charges for their care.
        </p>
        <ul>
          <li>
            You have the right to receive a Good Faith Estimate of the total expected cost of any non-emergency
            services, including psychotherapy.
          </li>
          <li>
            Ask us for one before you schedule a service. You should receive it in writing at least one business day
            before your appointment, or within three business days of asking.
          </li>
          <li>
            If you receive a bill that is at least <strong>$400 more</strong> than your Good Faith Estimate, you can
            dispute the bill through the federal patient-provider dispute resolution process.
          </li>
          <li>Keep a copy or a picture of your Good Faith Estimate.</li>
        </ul>
        <p>
          For questions or more information about your right to a Good Faith Estimate, visit{' '}
          <a href="https://www.cms.gov/nosurprises" rel="noopener noreferrer">
            cms.gov/nosurprises
          </a>{' '}
          or call <a href="tel:+18009853059">1-800-985-3059</a>.
        </p>
      </section>
    </article>
  )
}
