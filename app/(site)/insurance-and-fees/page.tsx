import type {Metadata} from 'next'
import {practiceFacts} from '../../../lib/practice-facts.ts'
import {pageMetadata} from '../../../lib/seo.ts'
import {routes} from '../../../lib/routes.ts'

export const metadata: Metadata = pageMetadata({
  title: 'Insurance and fees',
  description: 'Insurance, self-pay rates, and your right to a Good Faith Estimate under the No Surprises Act.',
  path: routes.insuranceAndFees,
})

export default function InsuranceAndFeesPage() {
  return (
    <article className="article">
      <h1>Insurance and fees</h1>
      <section aria-labelledby="insurance">
        <h2 id="insurance">Insurance</h2>
        <p>{practiceFacts.insurance}</p>
      </section>
      <section aria-labelledby="self-pay">
        <h2 id="self-pay">Paying for yourself</h2>
        <p>{practiceFacts.selfPay}</p>
      </section>
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
