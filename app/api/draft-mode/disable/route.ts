import {cookies, draftMode} from 'next/headers'
import {redirect} from 'next/navigation'
import {perspectiveCookieName} from '@sanity/preview-url-secret/constants'
import {disableDraftModeQuery, queryObject} from '../../../../lib/preview/params.ts'

// Leaving preview: the draft-mode cookie and the Studio's perspective cookie both go, and the
// editor lands on the page they were reading (only a path on this site, never elsewhere).
export async function GET(request: Request): Promise<never> {
  const {redirect: to} = disableDraftModeQuery.parse(queryObject(request.url))
  ;(await draftMode()).disable()
  ;(await cookies()).delete(perspectiveCookieName)
  redirect(to ?? '/')
}
