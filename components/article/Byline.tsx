import Link from 'next/link'
import type {PersonRef} from '../../sanity/lib/models.ts'
import {nameWithCredentials} from '../../lib/format.ts'
import {routes} from '../../lib/routes.ts'

export function Byline({author, reviewedBy}: {author: PersonRef | null | undefined; reviewedBy?: PersonRef | null}) {
  if (!author) return null
  return (
    <>
      By <Link href={routes.clinician(author.slug)}>{nameWithCredentials(author)}</Link>
      {reviewedBy && reviewedBy.slug !== author.slug ? (
        <>
          {' '}
          · Clinically reviewed by{' '}
          <Link href={routes.clinician(reviewedBy.slug)}>{nameWithCredentials(reviewedBy)}</Link>
        </>
      ) : null}
    </>
  )
}
