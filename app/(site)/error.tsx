'use client'

import Link from 'next/link'
import {routes} from '../../lib/routes.ts'

// A page that could not be made: the Content Lake is down and this page was never cached (a
// search first asked during the outage, an article published during it). Shown inside the
// site's layout, so the crisis line, the header and the footer stay around it; without this
// file Next replaces the whole document, crisis line and all, with "Application error".
export default function PageError({retry}: {error: unknown; retry: () => void}) {
  return (
    <section className="not-found" aria-labelledby="page-error-title">
      <h1 id="page-error-title">This page could not load just now</h1>
      <p>The site is having a brief problem on our side. Please try again in a moment.</p>
      <p>
        <button type="button" className="button" onClick={() => retry()}>
          Try again
        </button>
      </p>
      <p>
        You can also go to <Link href={routes.home}>the home page</Link> or{' '}
        <Link href={routes.contact}>contact the office</Link>. If you are in crisis, call or text 988 at any hour.
      </p>
    </section>
  )
}
