import Link from 'next/link'
import {SearchForm} from '../../components/search/SearchForm.tsx'
import {routes} from '../../lib/routes.ts'

export default function NotFound() {
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">We could not find that page</h1>
      <p>It may have moved, or the address may have a typo. Searching may help:</p>
      <SearchForm id="not-found-search" />
      <p>
        Or go to <Link href={routes.home}>the home page</Link>, <Link href={routes.blog}>all articles</Link> or{' '}
        <Link href={routes.team}>our clinicians</Link>.
      </p>
    </section>
  )
}
