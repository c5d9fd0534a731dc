import type {Metadata, Viewport} from 'next'
import {Suspense, type ReactNode} from 'react'
import {CrisisLine} from '@/components/layout/CrisisLine'
import {PreviewBanner} from '@/components/preview/PreviewBanner'
import {SiteFooter} from '@/components/layout/SiteFooter'
import {SiteHeader} from '@/components/layout/SiteHeader'
import {publicEnv} from '@/lib/env'
import './globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(publicEnv.NEXT_PUBLIC_SITE_URL),
  title: {default: 'Resilient Mind Counseling', template: '%s | Resilient Mind Counseling'},
  description:
    'Intensive Outpatient Program and group therapy for mental health and addiction recovery in Asheville, North Carolina.',
}

export const viewport: Viewport = {themeColor: '#2f5d50'}

// The visitors' root layout. The Studio has its own (app/(studio)), so none of this reaches it.
export default function SiteLayout({children}: {children: ReactNode}) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <PreviewBanner />
        <CrisisLine />
        <SiteHeader />
        {/* The pages that show articles stream their cached content (and, in the last five
            minutes before a scheduled go-live, render it per request), so they need a Suspense
            boundary. It holds the footer too: with the footer outside, a slow connection paints
            the footer first and then pushes it down when the article arrives (CLS 0.7 measured
            by the bench); inside, the article appears below the header with nothing to move. */}
        <Suspense>
          <main id="main" className="container">
            {children}
          </main>
          <SiteFooter />
        </Suspense>
      </body>
    </html>
  )
}
