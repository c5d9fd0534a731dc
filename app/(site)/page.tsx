import type {Metadata} from 'next'
import {ArticleCard} from '@/components/article/ArticleCard'
import {pageMetadata} from '@/lib/seo'
import {getLatestPosts} from '@/sanity/lib/posts'
import {getSiteSettings} from '@/sanity/lib/settings'

const LATEST_COUNT = 6

export const metadata: Metadata = pageMetadata({title: 'Intensive Outpatient Program and group therapy in Asheville', path: '/'})

export default async function HomePage() {
  const [settings, posts] = await Promise.all([getSiteSettings(), getLatestPosts(LATEST_COUNT)])
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">{settings?.practiceName ?? 'Resilient Mind Counseling'}</h1>
        {settings?.tagline ? <p className="hero__lead">{settings.tagline}</p> : null}
      </section>
      <section aria-labelledby="latest-title">
        <h2 id="latest-title">Latest articles</h2>
        {posts.length ? (
          <div className="card-grid">
            {posts.map((post, index) => (
              <ArticleCard key={post._id} post={post} priority={index === 0} />
            ))}
          </div>
        ) : (
          <p>New articles are on their way.</p>
        )}
      </section>
    </>
  )
}
