import {parseSearchInput} from '@/lib/search'
import {SearchForm} from './SearchForm'
import {SearchResultList} from './SearchResultList'

export async function SearchResults({searchParams}: {searchParams: Promise<Record<string, string | string[] | undefined>>}) {
  const input = parseSearchInput((await searchParams).q)
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
          <p>Type a word or two, such as “group therapy” or “sleep”.</p>
        )}
      </>
    )
  }
  return (
    <>
      <SearchForm defaultValue={current} />
      <SearchResultList query={input.query} terms={input.terms} words={input.words} />
    </>
  )
}
