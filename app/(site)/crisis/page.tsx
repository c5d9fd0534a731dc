import type {Metadata} from 'next'
import {pageMetadata} from '../../../lib/seo.ts'
import {routes} from '../../../lib/routes.ts'

export const metadata: Metadata = pageMetadata({
  title: 'Crisis resources',
  description:
    'If you are in crisis: call or text 988, text HOME to 741741, or call 911. What to expect when you reach out.',
  path: routes.crisis,
})

// National services only: no local numbers are listed here that the practice has not confirmed.
export default function CrisisPage() {
  return (
    <article className="article">
      <h1>If you are in crisis</h1>
      <p className="hero__lead">
        You do not have to wait for an appointment. Help is available right now, at any hour.
      </p>

      <section aria-labelledby="lifeline">
        <h2 id="lifeline">988 Suicide &amp; Crisis Lifeline</h2>
        {/* Large targets near the top of the screen: someone in crisis on a phone should reach them
            without scrolling or aiming (e2e/practice.spec.ts). */}
        <ul className="plain-list crisis-actions">
          <li>
            <a className="button" href="tel:988">
              Call 988
            </a>
          </li>
          <li>
            <a className="button button--secondary" href="sms:988">
              Text 988
            </a>
          </li>
          <li>
            <a className="button button--secondary" href="https://988lifeline.org/chat/" rel="noopener noreferrer">
              Chat at 988lifeline.org
            </a>
          </li>
        </ul>
        <p>
          Free and confidential, for anyone in emotional distress or thinking about suicide, or worried about someone
          else.
        </p>
      </section>

      <section aria-labelledby="text-line">
        <h2 id="text-line">Crisis Text Line</h2>
        <p>
          Text <strong>HOME</strong> to <a href="sms:741741?body=HOME">741741</a> to reach a trained crisis counselor by
          text.
        </p>
      </section>

      <section aria-labelledby="emergency">
        <h2 id="emergency">Emergencies</h2>
        <p>
          If you or someone else is in immediate danger, call <a href="tel:911">911</a> or go to the nearest emergency
          department.
        </p>
      </section>

      <section aria-labelledby="expect">
        <h2 id="expect">What to expect when you reach out</h2>
        <ul>
          <li>A trained person will answer, listen, and ask how you are and whether you are safe.</li>
          <li>You can share as much or as little as you want. You can stay anonymous.</li>
          <li>They will help you through the moment and, if you want, connect you with support near you.</li>
          <li>Most contacts are resolved on the call, text or chat itself.</li>
        </ul>
      </section>

      <p>
        When you are ready for ongoing support, <a href={routes.contact}>ask us for a call back</a>.
      </p>
    </article>
  )
}
