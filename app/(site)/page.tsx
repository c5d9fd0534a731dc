import type {Metadata} from 'next'
import Link from 'next/link'
import {PostGrid} from '../../components/article/PostGrid.tsx'
import {ClinicianCard} from '../../components/practice/ClinicianCard.tsx'
import {HeroArt} from '../../components/practice/HeroArt.tsx'
import {OfficeDetails} from '../../components/practice/OfficeDetails.tsx'
import {ServiceList} from '../../components/practice/ServiceList.tsx'
import {JsonLd} from '../../components/seo/JsonLd.tsx'
import {telHref} from '../../lib/format.ts'
import {medicalBusinessJsonLd} from '../../lib/json-ld.ts'
import {practiceFacts} from '../../lib/practice-facts.ts'
import {pageMetadata} from '../../lib/seo.ts'
import {services} from '../../lib/services/index.ts'
import {getClinicians} from '../../sanity/lib/clinicians.ts'
import {getLatestPosts} from '../../sanity/lib/posts.ts'
import {getSiteSettings} from '../../sanity/lib/settings.ts'
import {routes} from '../../lib/routes.ts'
import {SITE_NAME} from '../../lib/site.ts'

const LATEST_COUNT = 3

export const metadata: Metadata = pageMetadata({
  title: 'Intensive Outpatient Program and group therapy in Asheville',
  path: routes.home,
})

export default async function HomePage() {
  const [settings, posts, clinicians] = await Promise.all([
    getSiteSettings(),
    getLatestPosts(LATEST_COUNT),
    getClinicians(),
  ])
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <div className="hero__text">
          <h1 id="hero-title">{settings?.practiceName ?? SITE_NAME}</h1>
          <p className="hero__lead">
            An Intensive Outpatient Program built around group therapy, for adults in Asheville working through
            depression, anxiety, trauma or addiction, while living at home.
          </p>
          <p className="hero__actions">
            <Link className="button" href={routes.contact}>
              Request an appointment
            </Link>
            {settings?.phone ? (
              <span>
                or call <a href={telHref(settings.phone)}>{settings.phone}</a>
              </span>
            ) : null}
          </p>
        </div>
        <HeroArt />
      </section>

      <section aria-labelledby="services-title">
        <h2 id="services-title">How we help</h2>
        <ServiceList services={services} headingLevel={3} />
      </section>

      <section aria-labelledby="latest-title">
        <h2 id="latest-title">Latest articles</h2>
        {posts.length ? <PostGrid posts={posts} headingLevel={3} /> : <p>New articles are on their way.</p>}
        <p>
          <Link href={routes.blog}>All articles</Link>
        </p>
      </section>

      {clinicians.length ? (
        <section aria-labelledby="team-title">
          <h2 id="team-title">Our clinicians</h2>
          <div className="clinician-grid">
            {clinicians.map((clinician) => (
              <ClinicianCard key={clinician._id} clinician={clinician} headingLevel={3} />
            ))}
          </div>
        </section>
      ) : null}

      {settings ? (
        <section aria-labelledby="visit-title" className="home-visit">
          <h2 id="visit-title" className="visually-hidden">
            Location and hours
          </h2>
          <OfficeDetails settings={settings} headingLevel={3} />
          <JsonLd data={medicalBusinessJsonLd(settings, practiceFacts.geo)} />
        </section>
      ) : null}
    </>
  )
}
