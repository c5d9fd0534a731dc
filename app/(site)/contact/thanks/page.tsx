import type {Metadata} from 'next'
import Link from 'next/link'
import {practiceFacts} from '../../../../lib/practice-facts.ts'
import {pageMetadata} from '../../../../lib/seo.ts'
import {routes} from '../../../../lib/routes.ts'

export const metadata: Metadata = pageMetadata({title: 'Thank you', path: routes.contactThanks, noindex: true})

export default function ThanksPage() {
  return (
    <section className="article" aria-labelledby="thanks-title">
      <h1 id="thanks-title">Thank you. We have your request.</h1>
      <p>
        Someone from the office will contact you {practiceFacts.callBackPromise}, by the method you chose. If you do not
        hear from us, please call the office.
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
