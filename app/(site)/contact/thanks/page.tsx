import type {Metadata} from 'next'
import Link from 'next/link'
import {pageMetadata} from '../../../../lib/seo.ts'
import {routes} from '../../../../lib/routes.ts'
import {getPracticeDetails} from '../../../../sanity/lib/practice.ts'

export const metadata: Metadata = pageMetadata({title: 'Thank you', path: routes.contactThanks, noindex: true})

export default async function ThanksPage() {
  const details = await getPracticeDetails()
  return (
    <section className="article" aria-labelledby="thanks-title">
      <h1 id="thanks-title">Thank you. We have your request.</h1>
      <p>
        Someone from the office will contact you {details?.callBackPromise ?? 'soon'}, by the method you chose. If you
        do not hear from us, please call the office.
      </p>
      <p>
        If things get harder before we speak, call or text <a href="tel:988">988</a> at any hour, or call{' '}
        <a href="tel:911">911</a> in an emergency. <Link href={routes.crisis}>More crisis resources</Link>.
      </p>
      <p>
        <Link href={routes.blog}>Read articles from our clinicians</Link> while you wait.
      </p>
    </section>
  )
}
