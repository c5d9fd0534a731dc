import {connection} from 'next/server'
import {buildRssFeed} from '../../lib/rss.ts'
import {getFeedPosts} from '../../sanity/lib/posts.ts'

const FEED_SIZE = 20

// Built per request from the cached post list (a few milliseconds), which the go-live and the
// content webhook expire by tag; data-cache-handler.ts makes the first request after that fresh.
export async function GET() {
  await connection()
  const posts = await getFeedPosts(FEED_SIZE)
  return new Response(buildRssFeed(posts), {
    headers: {'content-type': 'application/rss+xml; charset=utf-8'},
  })
}
