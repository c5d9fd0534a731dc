import type {Metadata} from 'next'
import {Suspense} from 'react'
import {SearchResults} from '../../../components/search/SearchResults.tsx'
import {pageMetadata} from '../../../lib/seo.ts'
import {routes} from '../../../lib/routes.ts'

export const metadata: Metadata = pageMetadata({
  title: 'Search articles',
  path: routes.search,
  noindex: true,
})

type Props = {searchParams: Promise<Record<string, string | string[] | undefined>>}

// The heading is prerendered; the results depend on the query, so they stream in per request.
export default function SearchPage({searchParams}: Props) {
  return (
    <section className="search" aria-labelledby="search-title">
      <h1 id="search-title">Search articles</h1>
      <Suspense fallback={<p className="article-card__meta">Loading search…</p>}>
        <SearchResults searchParams={searchParams} />
      </Suspense>
    </section>
  )
}
