import type {Metadata} from 'next'
import {pageMetadata} from '../../../lib/seo.ts'
import {routes} from '../../../lib/routes.ts'

export const metadata: Metadata = pageMetadata({
  title: 'Notice of Privacy Practices',
  path: routes.noticeOfPrivacyPractices,
  noindex: true,
})

// The practice's HIPAA notice is a legal document it must write (or adopt) itself. This page
// holds the structure such notices follow, clearly marked, until the practice supplies its text.
const SECTIONS = [
  'How we may use and disclose your health information',
  'Uses and disclosures that need your written permission',
  'Your rights (to see and copy your records, to ask for corrections, to an accounting of disclosures, to ask for limits and confidential communications, to a paper copy of this notice)',
  'Our responsibilities',
  'How to file a complaint',
  'Effective date and changes to this notice',
]

export default function NoticeOfPrivacyPracticesPage() {
  return (
    <article className="article">
      <h1>Notice of Privacy Practices</h1>
      <p className="content-warning" role="note">
        <strong>To be completed by the practice.</strong> This page is a placeholder for Resilient Mind Counseling’s
        HIPAA Notice of Privacy Practices. Until it is published here, ask the office for a paper copy.
      </p>
      <h2>What the notice will cover</h2>
      <ol>
        {SECTIONS.map((section) => (
          <li key={section}>{section}</li>
        ))}
      </ol>
    </article>
  )
}
