import type {Metadata} from 'next'
import {pageMetadata} from '../../lib/seo.ts'
import {routes} from '../../lib/routes.ts'
import {SearchResults} from './SearchResults.tsx'

/** Both search pages' metadata: the search box's own page and each query's. */
export const searchMetadata: Metadata = pageMetadata({
  title: 'Search articles',
  path: routes.search,
  noindex: true,
})

/** The search page, before any search (`query` undefined) or for one query. */
export function SearchPage({query}: {query: string | undefined}) {
  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">Search articles</h1>
      <SearchResults query={query} />
    </section>
  )
}
