import 'server-only'
import {cacheLife} from 'next/cache'
import {secondsUntil} from '../../lib/scheduling'
import {fetchPublished} from './live'
import {nextGoLiveQuery} from './queries'
import {tags} from './tags'

/**
 * Ends the life of the calling cache entry at the next scheduled `publishedAt`, so the first
 * request after a post's go-live renders fresh, with no webhook, cron or rebuild. Call it inside
 * a `'use cache'` function: it sets that function's own cache life. (A nested cache function
 * with a short life is refused by Next unless its parent sets one too.) In the last five minutes
 * before a go-live, Next treats the entries as short-lived and streams them per request; the Suspense
 * boundary in app/(site)/layout.tsx is there for that.
 */
export async function boundByNextGoLive(): Promise<void> {
  const {data} = await fetchPublished({query: nextGoLiveQuery, tags: [tags.postList]})
  const seconds = secondsUntil(typeof data === 'string' ? data : null, Date.now())
  if (seconds !== null) cacheLife({stale: seconds, revalidate: seconds, expire: seconds})
}
