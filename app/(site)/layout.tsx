import type {Metadata, Viewport} from 'next'
import type {ReactNode} from 'react'
import {ClosureNotice} from '../../components/layout/ClosureNotice.tsx'
import {CrisisLine} from '../../components/layout/CrisisLine.tsx'
import {PreviewBanner} from '../../components/preview/PreviewBanner.tsx'
import {SiteFooter} from '../../components/layout/SiteFooter.tsx'
import {SiteHeader} from '../../components/layout/SiteHeader.tsx'
import {publicEnv} from '../../lib/env.ts'
import {DEFAULT_DESCRIPTION, TITLE_SUFFIX} from '../../lib/seo.ts'
import {SITE_NAME} from '../../lib/site.ts'
import './globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(publicEnv.NEXT_PUBLIC_SITE_URL),
  title: {default: SITE_NAME, template: `%s${TITLE_SUFFIX}`},
  description: DEFAULT_DESCRIPTION,
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
        <ClosureNotice />
        <main id="main" className="container">
          {children}
        </main>
        <SiteFooter />
        <aside className="print-only print-crisis">
          <p>
            <strong>If you are in crisis:</strong> call or text 988 (the Suicide &amp; Crisis Lifeline) at any hour. In
            an emergency, call 911.
          </p>
        </aside>
      </body>
    </html>
  )
}
