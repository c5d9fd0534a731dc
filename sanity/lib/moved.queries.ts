import {defineQuery} from 'groq'
import {z} from 'zod'
import {visiblePost} from './groq-fragments.ts'

/** The kinds of page whose old addresses keep working after a rename. */
export const PAGES_WITH_HISTORY = ['post', 'clinician', 'category'] as const
export type PageWithHistory = (typeof PAGES_WITH_HISTORY)[number]

// Where a page that was renamed lives now: the page of that kind whose old slugs hold `slug`,
// unless a page of that kind has `slug` as its current one (then the address is that page's,
// and never reaches this query). Posts must be visible, as on their own page.
export const movedSlugQuery = defineQuery(`
  *[_type == $type && $slug in previousSlugs && defined(slug.current)
    && (_type != "post" || (${visiblePost}))] | order(_updatedAt desc) [0].slug.current
`)

export const movedSlugModel = z.string().min(1).nullable()
