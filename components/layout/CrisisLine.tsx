import {routes} from '../../lib/routes.ts'

/** On every page, never hidden: people in crisis should not have to look for it. */
export function CrisisLine() {
  return (
    <aside className="crisis-line" aria-label="Crisis support">
      <p>
        <a href={routes.crisis}>In crisis?</a>{' '}
        <a href="tel:988" aria-label="Call 988">
          Call
        </a>{' '}
        or{' '}
        <a href="sms:988" aria-label="Text 988">
          text
        </a>{' '}
        988 <span aria-hidden="true">·</span> Emergency:{' '}
        <a href="tel:911" aria-label="Call 911">
          911
        </a>
      </p>
    </aside>
  )
}
