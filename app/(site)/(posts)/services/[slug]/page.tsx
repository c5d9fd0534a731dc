import type {Metadata} from 'next'
import Link from 'next/link'
import {notFound} from 'next/navigation'
import {ArticleCard} from '@/components/article/ArticleCard'
import {Faq} from '@/components/practice/Faq'
import {PracticeCallToAction} from '@/components/practice/PracticeCallToAction'
import {JsonLd} from '@/components/seo/JsonLd'
import {breadcrumbJsonLd, faqPageJsonLd} from '@/lib/json-ld'
import {pageMetadata} from '@/lib/seo'
import {getService, services} from '@/lib/services'
import {getCategoryPage} from '@/sanity/lib/categories'
import {getSiteSettings} from '@/sanity/lib/settings'

type Props = {params: Promise<{slug: string}>}

const RELATED_COUNT = 3

// Unknown services never reach this page: proxy.ts answers them with a 404 (the list is static).
export function generateStaticParams() {
  return services.map((service) => ({slug: service.slug}))
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const service = getService((await params).slug)
  return service ? pageMetadata({title: service.title, description: service.summary, path: `/services/${service.slug}`}) : {}
}

// The page is static content from lib/services; only the related articles come from the CMS,
// as a cached entry that the revalidate webhook refreshes.
export default async function ServicePage({params}: Props) {
  const service = getService((await params).slug)
  if (!service) notFound()
  const [related, settings] = await Promise.all([getCategoryPage(service.relatedCategory, 1), getSiteSettings()])
  const articles = related?.posts.slice(0, RELATED_COUNT) ?? []
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
            <Link href={`/blog/category/${service.relatedCategory}`}>All articles on this topic</Link>
          </p>
        </section>
      ) : null}
      <JsonLd data={faqPageJsonLd(service.faq)} />
      <JsonLd
        data={breadcrumbJsonLd([
          {name: 'Home', path: '/'},
          {name: 'Services', path: '/services'},
          {name: service.title, path: `/services/${service.slug}`},
        ])}
      />
    </>
  )
}
