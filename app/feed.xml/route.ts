import {buildRssFeed} from '../../lib/rss.ts'
import {getFeedPosts} from '../../sanity/lib/posts.ts'

const FEED_SIZE = 20

// Prerendered like the pages: the response carries the post list's tags, so the content webhook
// and a scheduled post's go-live expire it, and the page cache renders it again before answering
// (lib/cache/page-cache-handler.ts). Built per request, it served a tenth of the pages' rate.
export async function GET() {
  const posts = await getFeedPosts(FEED_SIZE)
  return new Response(buildRssFeed(posts), {
    headers: {'content-type': 'application/rss+xml; charset=utf-8'},
  })
}
