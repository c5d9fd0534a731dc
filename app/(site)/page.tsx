import type {Metadata} from 'next'
import Link from 'next/link'
import {PostGrid} from '../../components/article/PostGrid.tsx'
import {ClinicianCard} from '../../components/practice/ClinicianCard.tsx'
import {HeroArt} from '../../components/practice/HeroArt.tsx'
import {OfficeDetails} from '../../components/practice/OfficeDetails.tsx'
import {ServiceList} from '../../components/practice/ServiceList.tsx'
import {NextStarts} from '../../components/practice/NextStarts.tsx'
import {PracticeJsonLd} from '../../components/seo/PracticeJsonLd.tsx'
import {telHref} from '../../lib/format.ts'
import {pageMetadata} from '../../lib/seo.ts'
import {services} from '../../lib/services/index.ts'
import {intensiveOutpatient} from '../../lib/services/intensive-outpatient.ts'
import {getClinicians} from '../../sanity/lib/clinicians.ts'
import {getGroups} from '../../sanity/lib/groups.ts'
import {getLatestPosts} from '../../sanity/lib/posts.ts'
import {getPracticeDetails} from '../../sanity/lib/practice.ts'
import {getSiteSettings} from '../../sanity/lib/settings.ts'
import {routes} from '../../lib/routes.ts'
import {SITE_NAME} from '../../lib/site.ts'

const LATEST_COUNT = 3
const IOP_SERVICE = intensiveOutpatient.slug

export const metadata: Metadata = pageMetadata({
  title: 'Intensive Outpatient Program and group therapy in Asheville',
  path: routes.home,
})

export default async function HomePage() {
  const [settings, details, posts, clinicians, groups] = await Promise.all([
    getSiteSettings(),
    getPracticeDetails(),
    getLatestPosts(LATEST_COUNT),
    getClinicians(),
    getGroups(),
  ])
  const accepting = clinicians.filter((clinician) => clinician.acceptingClients === 'yes')
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

      <section aria-labelledby="starting-title" className="starting">
        <h2 id="starting-title">Starting care</h2>
        <p>
          {accepting.length ? (
            <>
              <strong>Taking new clients:</strong>{' '}
              {accepting.length === 1 ? '1 clinician has' : `${accepting.length} clinicians have`} room now.{' '}
              <Link href={routes.teamAccepting}>See who</Link>.
            </>
          ) : (
            <>
              Our clinicians are not taking new clients this week; <Link href={routes.contact}>ask us</Link> about the
              waitlist.
            </>
          )}
        </p>
        <NextStarts
          groups={groups.filter((group) => group.service === IOP_SERVICE)}
          what="IOP"
          cardsAt={routes.groupsFiltered('any', IOP_SERVICE)}
        />
        <p>
          <Link href={routes.groups}>Every group, with days and times</Link>
        </p>
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
          <OfficeDetails settings={settings} details={details} headingLevel={3} />
          <PracticeJsonLd settings={settings} details={details} clinicians={clinicians} />
        </section>
      ) : null}
    </>
  )
}
