import {revalidateTag} from 'next/cache'
import {type NextRequest, NextResponse} from 'next/server'
import {z} from 'zod'
import {usesLocalLake} from '../../../lib/env.ts'
import {recordPreviousSlug} from '../../../sanity/lib/slug-history.ts'
import {tagsForChange} from '../../../sanity/lib/tags.ts'
import {readSignedBody} from '../signed-body.ts'

// The webhook's projection in Sanity (and what the local lake sends):
// {_id, _type, "slug": slug.current, "previousSlug": before().slug.current, "operation": delta::operation()}
const changeSchema = z.object({
  _id: z.string().min(1),
  _type: z.string().min(1),
  slug: z
    .string()
    .nullish()
    .transform((v) => v ?? undefined),
  previousSlug: z
    .string()
    .nullish()
    .transform((v) => v ?? undefined),
  operation: z.enum(['create', 'update', 'delete']).optional(),
})

export async function POST(request: NextRequest) {
  // Sanity's API may lag its webhook by a moment; the local lake answers with what it just
  // committed, so only a real project needs parseBody's wait for consistency.
  const change = await readSignedBody(request, changeSchema, {
    expected: 'a document change',
    waitForConsistency: !usesLocalLake,
  })
  if (change.refusal) return change.refusal
  // A renamed page's old slug is written down before its pages expire, so the first request for
  // the old address already finds where it went. A failed write does not stop the revalidation.
  await recordPreviousSlug(change.data).catch((error: unknown) => {
    console.error(`[content] could not keep the old slug of ${change.data._id}: ${(error as Error).message}`)
  })
  const tags = tagsForChange(change.data)
  // 'max': the next request may still get the previous copy while the page regenerates, and the
  // one after gets the new one; with the Content Lake down, the previous copy keeps serving.
  // `{expire: 0}` would skip that one stale copy, but in Next 16.4 it leaves a prerendered
  // dynamic-segment page on an empty fallback shell (vercel/next.js#97457; seen here in CI as an
  // article that never refreshed). Go-lives, which must show on the first request, are the
  // exception (sanity/lib/go-live.ts).
  for (const tag of tags) revalidateTag(tag, 'max')
  return NextResponse.json({revalidated: tags, now: Date.now()})
}
