import type {Metadata} from 'next'
import {pageMetadata} from '../../../lib/seo.ts'
import {routes} from '../../../lib/routes.ts'

export const metadata: Metadata = pageMetadata({
  title: 'Website privacy',
  description:
    'What this website collects (very little), and what it does not: no tracking, no advertising, no cookies.',
  path: routes.privacy,
})

export default function PrivacyPage() {
  return (
    <article className="article">
      <h1>Website privacy</h1>
      <p>
        This page is about the website. How we protect your health information as a client is described in our{' '}
        <a href={routes.noticeOfPrivacyPractices}>Notice of Privacy Practices</a>.
      </p>
      <h2>What the site does not do</h2>
      <ul>
        <li>No analytics, advertising or tracking scripts, and no social media widgets.</li>
        <li>No cookies for visitors. Fonts and scripts are served from this site, not from other companies.</li>
        <li>We do not sell or share information about visitors.</li>
      </ul>
      <h2>What it does collect</h2>
      <ul>
        <li>
          <strong>Appointment requests.</strong> When you ask for a call back we receive what you typed in the form, and
          use it only to contact you. Please do not include health details in the form.
        </li>
        <li>
          <strong>Server logs.</strong> Like any website, our server sees the address your request came from. We use it
          only to keep the site running and to limit automated abuse of the form, and we do not combine it with anything
          else.
        </li>
      </ul>
      <h2>Questions</h2>
      <p>
        Ask the office by phone or at the address on our <a href={routes.contact}>contact page</a>.
      </p>
    </article>
  )
}
