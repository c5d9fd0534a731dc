import {notFound} from 'next/navigation'
import {NOT_FOUND_SEGMENTS} from '../../../lib/routes.ts'

// Every URL no other route claims lands here, so even a mistyped address gets the site's own
// not-found page, with the crisis line and search, rather than a bare framework 404. (The
// previous site's article URLs never get here: proxy.ts redirects them first.)
export const instant = false

// Prerendering the not-found path makes its 404 static (see NOT_FOUND_SEGMENTS in lib/routes.ts).
export function generateStaticParams() {
  return [{path: NOT_FOUND_SEGMENTS}]
}

export default function UnclaimedPath() {
  notFound()
}
