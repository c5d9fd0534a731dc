import {revalidateTag} from 'next/cache'
import {type NextRequest, NextResponse} from 'next/server'
import {parseBody} from 'next-sanity/webhook'
import {z} from 'zod'
import {serverEnv} from '@/lib/server-env'
import {tagsForGoLive} from '@/sanity/lib/tags'

// Called by proxy.ts (sanity/lib/go-live.ts explains why) when a scheduled post's time has come,
// signed like the content webhook, so a stranger cannot make every page re-render.
const goLiveSchema = z.object({through: z.iso.datetime()})

export async function POST(request: NextRequest) {
  let parsed: Awaited<ReturnType<typeof parseBody>>
  try {
    parsed = await parseBody(request, serverEnv.revalidateSecret, false)
  } catch {
    return NextResponse.json({message: 'Body is not valid JSON'}, {status: 400})
  }
  if (!parsed.isValidSignature) {
    return NextResponse.json({message: 'Invalid or missing signature'}, {status: 401})
  }
  const goLive = goLiveSchema.safeParse(parsed.body)
  if (!goLive.success) {
    return NextResponse.json({message: 'Body is not a go-live', issues: goLive.error.issues}, {status: 400})
  }
  const tags = tagsForGoLive()
  // 'max' marks the entries stale rather than expired: the cache handlers (lib/cache/) render
  // what carries a stale go-live tag before answering, and an expired page would fall back to an
  // empty shell on routes with dynamic segments (vercel/next.js#97457).
  for (const tag of tags) revalidateTag(tag, 'max')
  console.log(`[content] go-live through ${goLive.data.through}: expired ${tags.join(', ')}`)
  return NextResponse.json({revalidated: tags, through: goLive.data.through})
}
