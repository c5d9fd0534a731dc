import {type NextRequest, NextResponse} from 'next/server'
import {parseBody} from 'next-sanity/webhook'
import type {z} from 'zod'
import {serverEnv} from '../../lib/server-env.ts'

type SignedBody<T> = {data: T; refusal?: undefined} | {data?: undefined; refusal: NextResponse}

type Options = {
  /** What the body should be, for the 400's message: "a document change". */
  expected: string
  /** Wait until Sanity's API has the change the webhook announces (parseBody's wait). */
  waitForConsistency?: boolean
}

/**
 * The body of a request signed with the revalidate secret, as the content webhook and the
 * page cache's go-live call are, checked by `schema`; or the refusal to send: 400 for a body that is
 * not JSON or not what was expected, 401 for a missing or wrong signature.
 */
export async function readSignedBody<T>(
  request: NextRequest,
  schema: z.ZodType<T>,
  {expected, waitForConsistency = false}: Options,
): Promise<SignedBody<T>> {
  let parsed: Awaited<ReturnType<typeof parseBody>>
  try {
    parsed = await parseBody(request, serverEnv.revalidateSecret, waitForConsistency)
  } catch {
    return {refusal: NextResponse.json({message: 'Body is not valid JSON'}, {status: 400})}
  }
  if (!parsed.isValidSignature) {
    return {refusal: NextResponse.json({message: 'Invalid or missing signature'}, {status: 401})}
  }
  const body = schema.safeParse(parsed.body)
  if (!body.success) {
    return {refusal: NextResponse.json({message: `Body is not ${expected}`, issues: body.error.issues}, {status: 400})}
  }
  return {data: body.data}
}
