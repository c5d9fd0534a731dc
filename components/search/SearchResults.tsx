import {Fragment} from 'react'
import Link from 'next/link'
import {formatDate} from '../../lib/format.ts'
import {parseSearchInput, SUGGESTED_SEARCHES} from '../../lib/search.ts'
import {searchPosts} from '../../sanity/lib/posts.ts'
import {Highlighted} from './Highlighted.tsx'
import {SearchForm} from './SearchForm.tsx'
import {routes} from '../../lib/routes.ts'

/** What a visitor typed (`undefined` before any search), made safe by parseSearchInput. */
export async function SearchResults({query}: {query: string | undefined}) {
  const input = parseSearchInput(query)
  const current = input.kind === 'ok' ? input.query : ''
  if (input.kind !== 'ok') {
    return (
      <>
        <SearchForm defaultValue={current} />
        {input.kind === 'invalid' ? (
          <p role="alert" className="form-error">
            {input.message}
          </p>
        ) : (
          <p>
            Type a word or two, such as <SuggestedSearches />.
          </p>
        )}
      </>
    )
  }
  const results = await searchPosts({terms: input.terms, words: input.words})
  return (
    <>
      <SearchForm defaultValue={current} />
      <p role="status">
        {results.length === 0
          ? `No articles match “${input.query}”. Try fewer or different words.`
          : `${results.length} ${results.length === 1 ? 'article matches' : 'articles match'} “${input.query}”.`}
      </p>
      {results.length === 0 ? (
        <p>
          Or start from one of these: <SuggestedSearches />.
        </p>
      ) : null}
      <ol className="search-results">
        {results.map((result) => (
          <li key={result._id}>
            <h2>
              <Link href={routes.post(result.slug)}>
                <Highlighted text={result.title} words={input.words} />
              </Link>
            </h2>
            <p>
              <Highlighted text={result.snippet ?? result.excerpt ?? ''} words={input.words} />
            </p>
            <p className="article-card__meta">
              <time dateTime={result.publishedAt}>{formatDate(result.publishedAt)}</time>
            </p>
          </li>
        ))}
      </ol>
    </>
  )
}

/**
 * Searches we know find something: a way on for a visitor who does not know what to type.
 * Plain links, loaded whole like the search form's GET, the path the search and go-live tests
 * cover. Through Next's client router, proxy.ts's rewrite of /search?q=… to the query's page is
 * a second path: in one full browser-test run, right after a scheduled post went live, it showed
 * the empty search box instead of the results (not reproduced on its own).
 */
function SuggestedSearches() {
  return SUGGESTED_SEARCHES.map((example, index) => (
    <Fragment key={example}>
      {index > 0 ? ' or ' : null}
      <a href={routes.searchFor(example)}>{example}</a>
    </Fragment>
  ))
}
