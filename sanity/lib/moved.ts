import 'server-only'
import {notFound, permanentRedirect} from 'next/navigation'
import {movedSlugModel, movedSlugQuery, type PageWithHistory} from './moved.queries.ts'
import {read} from './read.ts'
import {tags} from './tags.ts'

/**
 * The current slug of a page that had `slug` before a rename, or null. Cached like the page that
 * asks, and expired on every rename (tags.moved), so after A -> B -> C, A goes straight to C.
 */
export async function getMovedSlug(type: PageWithHistory, slug: string): Promise<string | null> {
  'use cache'
  return read({
    query: movedSlugQuery,
    params: {type, slug},
    tags: [tags.moved],
    onSchedule: type === 'post',
    model: movedSlugModel,
    what: 'moved page',
  })
}

/**
 * Ends a page that found nothing at `slug`: a 308 to the page's address now if it was renamed
 * (`pathFor` builds it from the current slug), the 404 otherwise. Called before anything is
 * streamed, as notFound() is, so the 308 is the answer's status.
 */
export async function movedOrNotFound(
  type: PageWithHistory,
  slug: string | null,
  pathFor: (currentSlug: string) => string,
): Promise<never> {
  const current = slug ? await getMovedSlug(type, slug) : null
  if (current) permanentRedirect(pathFor(current))
  notFound()
}
