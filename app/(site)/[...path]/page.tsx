import {notFound, permanentRedirect} from 'next/navigation'
import {NOT_FOUND_SEGMENTS} from '@/lib/not-found'
import {parseSlug} from '@/lib/params'
import {getPost, getPostSlugsToPrerender} from '@/sanity/lib/posts'

// Every URL no other route claims lands here, so even a mistyped address gets the site's own
// not-found page, with the crisis line and search, rather than a bare framework 404.
//
// The practice's previous site served articles at /{slug}/. Those links keep working: each is a
// permanent redirect to /blog/{slug}. (Next first drops the trailing slash, also permanently.)
type Props = {params: Promise<{path: string[]}>}

export const instant = false

export async function generateStaticParams() {
  // Prerendering the not-found path makes its 404 static (see lib/not-found.ts).
  const legacy = (await getPostSlugsToPrerender()).map((slug) => ({path: [slug]}))
  return [{path: NOT_FOUND_SEGMENTS}, ...legacy]
}

export default async function UnclaimedPath({params}: Props) {
  const {path} = await params
  const slug = path.length === 1 ? parseSlug(path[0]) : null
  const post = slug ? await getPost(slug) : null
  if (!post) notFound()
  permanentRedirect(`/blog/${post.slug}`)
}
