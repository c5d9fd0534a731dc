import type {Metadata} from 'next'
import Link from 'next/link'
import {practiceFacts} from '@/lib/practice-facts'
import {pageMetadata} from '@/lib/seo'

export const metadata: Metadata = pageMetadata({title: 'Thank you', path: '/contact/thanks', noindex: true})

export default function ThanksPage() {
  return (
    <section className="article" aria-labelledby="thanks-title">
      <h1 id="thanks-title">Thank you. We have your request.</h1>
      <p>
        Someone from the office will contact you {practiceFacts.callBackPromise}, by the method you chose. If you do not hear
        from us, please call the office.
      </p>
      <p>
        If things get harder before we speak, call or text <a href="tel:988">988</a> at any hour, or call <a href="tel:911">911</a> in
        an emergency. <Link href="/crisis">More crisis resources</Link>.
      </p>
      <p>
        <Link href="/blog">Read articles from our clinicians</Link> while you wait.
      </p>
    </section>
  )
}
