import {MAX_QUERY_LENGTH} from '../../lib/search.ts'
import {routes} from '../../lib/routes.ts'

/** A plain GET form: it works without JavaScript, and the query stays in the URL to share. */
export function SearchForm({defaultValue = '', id = 'search-input'}: {defaultValue?: string; id?: string}) {
  return (
    <form action={routes.search} method="get" role="search" className="search-form">
      <label htmlFor={id}>Search articles</label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
      />
      <button type="submit" className="button">
        Search
      </button>
    </form>
  )
}
