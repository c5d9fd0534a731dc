import type {Metadata} from 'next'
import {SearchResults} from '../../../components/search/SearchResults.tsx'
import {pageMetadata} from '../../../lib/seo.ts'
import {routes} from '../../../lib/routes.ts'

export const metadata: Metadata = pageMetadata({
  title: 'Search articles',
  path: routes.search,
  noindex: true,
})

// The search box alone. A search (`/search?q=…`) is served by ./[query] (proxy.ts says how).
export default function SearchPage() {
  return (
    <section className="search" aria-labelledby="search-title">
      <h1 id="search-title">Search articles</h1>
      <SearchResults query={undefined} />
    </section>
  )
}
