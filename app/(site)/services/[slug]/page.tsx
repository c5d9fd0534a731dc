import type {Metadata} from 'next'
import Link from 'next/link'
import {notFound} from 'next/navigation'
import {ArticleCard} from '../../../../components/article/ArticleCard.tsx'
import {Faq} from '../../../../components/practice/Faq.tsx'
import {GroupCard} from '../../../../components/practice/GroupCard.tsx'
import {NextStarts} from '../../../../components/practice/NextStarts.tsx'
import {PracticeCallToAction} from '../../../../components/practice/PracticeCallToAction.tsx'
import {JsonLd} from '../../../../components/seo/JsonLd.tsx'
import {breadcrumbJsonLd, faqPageJsonLd} from '../../../../lib/json-ld.ts'
import {pageMetadata} from '../../../../lib/seo.ts'
import {getService, services} from '../../../../lib/services/index.ts'
import {getCategoryPage} from '../../../../sanity/lib/categories.ts'
import {getGroups} from '../../../../sanity/lib/groups.ts'
import {getSiteSettings} from '../../../../sanity/lib/settings.ts'
import {routes} from '../../../../lib/routes.ts'

type Props = {params: Promise<{slug: string}>}

const RELATED_COUNT = 3

// The list is static: every service is prerendered, and an unknown one is the page's own 404.
export function generateStaticParams() {
  return services.map((service) => ({slug: service.slug}))
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const service = getService((await params).slug)
  return service
    ? pageMetadata({title: service.title, description: service.summary, path: routes.service(service.slug)})
    : {}
}

// The page is static content from lib/services; its groups and related articles come from the
// CMS, as cached entries that the revalidate webhook (and the go-live schedule) refresh.
export default async function ServicePage({params}: Props) {
  const service = getService((await params).slug)
  if (!service) notFound()
  const [related, settings, allGroups] = await Promise.all([
    getCategoryPage(service.relatedCategory, 1),
    getSiteSettings(),
    getGroups(),
  ])
  const articles = related?.posts.slice(0, RELATED_COUNT) ?? []
  const groups = allGroups.filter((group) => group.service === service.slug)
  return (
    <>
      <article className="article service">
        <h1>{service.title}</h1>
        <p className="hero__lead">{service.summary}</p>
        {service.sections.map((section) => (
          <section key={section.heading}>
            <h2>{section.heading}</h2>
            {section.paragraphs.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
            {section.points.length ? (
              <ul>
                {section.points.map((point) => (
                  <li key={point}>{point}</li>
                ))}
              </ul>
            ) : null}
          </section>
        ))}
        {groups.length ? (
          <section aria-labelledby="groups-title">
            <h2 id="groups-title">Groups and next start dates</h2>
            <NextStarts groups={groups} what={service.groupName} />
            <div className="group-grid">
              {groups.map((group) => (
                <GroupCard key={group._id} group={group} headingLevel={3} />
              ))}
            </div>
          </section>
        ) : null}
        <Faq faq={service.faq} />
        <PracticeCallToAction settings={settings} />
      </article>
      {articles.length ? (
        <section className="related" aria-labelledby="service-articles-title">
          <h2 id="service-articles-title">Articles on {related?.category.title.toLowerCase()}</h2>
          <div className="card-grid">
            {articles.map((post) => (
              <ArticleCard key={post._id} post={post} />
            ))}
          </div>
          <p>
            <Link href={routes.category(service.relatedCategory)}>All articles on this topic</Link>
          </p>
        </section>
      ) : null}
      <JsonLd data={faqPageJsonLd(service.faq)} />
      <JsonLd
        data={breadcrumbJsonLd([
          {name: 'Home', path: routes.home},
          {name: 'Services', path: routes.services},
          {name: service.title, path: routes.service(service.slug)},
        ])}
      />
    </>
  )
}
