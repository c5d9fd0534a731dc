import {connection} from 'next/server'
import {buildRssFeed} from '@/lib/rss'
import {getFeedPosts} from '@/sanity/lib/posts'

const FEED_SIZE = 20

// Built per request from the cached post list. A prerendered route handler did not take the
// shorter life of the data under it, so a scheduled post would have stayed out of the feed
// after it went live; the list itself is cached, so this costs a few milliseconds.
export async function GET() {
  await connection()
  const posts = await getFeedPosts(FEED_SIZE)
  return new Response(buildRssFeed(posts), {
    headers: {'content-type': 'application/rss+xml; charset=utf-8'},
  })
}
