import Link from 'next/link'
import type {Clinician} from '../../sanity/lib/clinicians.queries.ts'
import {formatDate, nameWithCredentials} from '../../lib/format.ts'
import {licenseLookup} from '../../lib/license.ts'
import {readingTimeLabel} from '../../lib/reading-time.ts'
import {ArticleBody} from '../article/ArticleBody.tsx'
import {ContentImage} from '../ui/ContentImage.tsx'
import {Availability} from './Availability.tsx'
import {imageDisplays} from '../ui/image-displays.ts'
import {routes} from '../../lib/routes.ts'

export function ClinicianProfile({clinician}: {clinician: Clinician}) {
  const lookup = licenseLookup(clinician.credentials)
  return (
    <article className="clinician">
      <header className="clinician__header">
        {clinician.photo ? <ContentImage image={clinician.photo} display={imageDisplays.portrait} priority /> : null}
        <div>
          <h1>{clinician.name}</h1>
          <p className="clinician__credentials">{clinician.credentials.join(', ')}</p>
          {clinician.supervisor ? (
            <p>
              Practicing under the supervision of{' '}
              <Link href={routes.clinician(clinician.supervisor.slug)}>
                {nameWithCredentials(clinician.supervisor)}
              </Link>
            </p>
          ) : null}
          {clinician.licenseNumber ? (
            <p>
              License {clinician.licenseNumber}
              {lookup ? (
                <>
                  {' '}
                  ·{' '}
                  <a href={lookup.url} rel="noopener noreferrer">
                    Verify with the {lookup.board}
                  </a>
                </>
              ) : null}
            </p>
          ) : null}
          <Availability clinician={clinician} detailed />
        </div>
      </header>
      {clinician.bio ? <ArticleBody body={clinician.bio} /> : null}
      {clinician.specialties.length ? (
        <section aria-labelledby="specialties-title">
          <h2 id="specialties-title">Specialties</h2>
          <ul>
            {clinician.specialties.map((specialty) => (
              <li key={specialty}>{specialty}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {clinician.posts.length ? (
        <section aria-labelledby="articles-title">
          <h2 id="articles-title">Articles by {clinician.name}</h2>
          <ul className="plain-list">
            {clinician.posts.map((post) => (
              <li key={post._id}>
                <Link href={routes.post(post.slug)}>{post.title}</Link>{' '}
                <span className="article-card__meta">
                  · <time dateTime={post.publishedAt}>{formatDate(post.publishedAt)}</time> ·{' '}
                  {readingTimeLabel(post.readingMinutes)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
