import {revalidateTag} from 'next/cache'
import {type NextRequest, NextResponse} from 'next/server'
import {z} from 'zod'
import {tagsForGoLive} from '../../../sanity/lib/tags.ts'
import {readSignedBody} from '../signed-body.ts'

// Called by the page cache (sanity/lib/go-live.ts explains why) when a scheduled post's time has come,
// signed like the content webhook, so a stranger cannot make every page re-render.
const goLiveSchema = z.object({through: z.iso.datetime()})

export async function POST(request: NextRequest) {
  const goLive = await readSignedBody(request, goLiveSchema, {expected: 'a go-live'})
  if (goLive.refusal) return goLive.refusal
  const tags = tagsForGoLive()
  // 'max' marks the entries stale rather than expired: the cache handlers (lib/cache/) render
  // what carries a stale go-live tag before answering, and an expired page would fall back to an
  // empty shell on routes with dynamic segments (vercel/next.js#97457).
  for (const tag of tags) revalidateTag(tag, 'max')
  console.log(`[content] go-live through ${goLive.data.through}: expired ${tags.join(', ')}`)
  return NextResponse.json({revalidated: tags, through: goLive.data.through})
}
