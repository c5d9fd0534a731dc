import type {Metadata} from 'next'
import {SearchResults} from '../../../../components/search/SearchResults.tsx'
import {queryOfSegment, searchSegment, SUGGESTED_SEARCHES} from '../../../../lib/search.ts'
import {pageMetadata} from '../../../../lib/seo.ts'
import {routes} from '../../../../lib/routes.ts'

export const metadata: Metadata = pageMetadata({
  title: 'Search articles',
  path: routes.search,
  noindex: true,
})

type Props = {params: Promise<{query: string}>}

// Rendered once per query, blocking, then cached like any list of posts (proxy.ts says why).
export const instant = false

export function generateStaticParams() {
  return SUGGESTED_SEARCHES.map((query) => ({query: searchSegment(query)}))
}

export default async function SearchResultsPage({params}: Props) {
  const query = queryOfSegment((await params).query)
  return (
    <section className="search" aria-labelledby="search-title">
      <h1 id="search-title">Search articles</h1>
      <SearchResults query={query} />
    </section>
  )
}
