import {buildRssFeed} from '@/lib/rss'
import {getFeedPosts} from '@/sanity/lib/posts'

const FEED_SIZE = 20

// Prerendered, and refreshed with the post list's cache tag like every other list.
export async function GET() {
  const posts = await getFeedPosts(FEED_SIZE)
  return new Response(buildRssFeed(posts), {
    headers: {'content-type': 'application/rss+xml; charset=utf-8'},
  })
}
