import Link from 'next/link'
import type {PersonRef} from '../../sanity/lib/models.ts'
import {routes} from '../../lib/routes.ts'

function nameWithCredentials(person: PersonRef): string {
  return [person.name, ...(person.credentials ?? [])].join(', ')
}

export function Byline({author, reviewedBy}: {author: PersonRef | null | undefined; reviewedBy?: PersonRef | null}) {
  if (!author) return null
  return (
    <>
      By <Link href={routes.clinician(author.slug)}>{nameWithCredentials(author)}</Link>
      {reviewedBy && reviewedBy.slug !== author.slug ? (
        <>
          {' '}
          · Clinically reviewed by <Link href={routes.clinician(reviewedBy.slug)}>{nameWithCredentials(reviewedBy)}</Link>
        </>
      ) : null}
    </>
  )
}
