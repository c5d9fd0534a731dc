import Link from 'next/link'
import {formatDate} from '@/lib/format'
import {snippetAround} from '@/lib/search'
import {searchPosts} from '@/sanity/lib/posts'
import {Highlighted} from './Highlighted'

type Props = {query: string; terms: string[]; words: string[]}

/**
 * One query's results, cached as rendered: search is the one page rendered per request, and
 * rendering it from the cached post list meant reading every matching article's whole text for
 * its snippet (about 9 ms of CPU a request at 1,000 posts). The post tags of searchPosts carry
 * over to this entry, so an edit or a go-live expires it too.
 */
export async function SearchResultList({query, terms, words}: Props) {
  'use cache'
  const results = await searchPosts(terms)
  return (
    <>
      <p role="status">
        {results.length === 0
          ? `No articles match “${query}”. Try fewer or different words.`
          : `${results.length} ${results.length === 1 ? 'article matches' : 'articles match'} “${query}”.`}
      </p>
      <ol className="search-results">
        {results.map((result) => {
          const snippet = result.bodyText ? snippetAround(result.bodyText, words) : null
          return (
            <li key={result._id}>
              <h2>
                <Link href={`/blog/${result.slug}`}>
                  <Highlighted text={result.title} words={words} />
                </Link>
              </h2>
              <p>
                <Highlighted text={snippet ?? result.excerpt ?? ''} words={words} />
              </p>
              <p className="article-card__meta">
                <time dateTime={result.publishedAt}>{formatDate(result.publishedAt)}</time>
              </p>
            </li>
          )
        })}
      </ol>
    </>
  )
}
