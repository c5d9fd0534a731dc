import {notFound, permanentRedirect} from 'next/navigation'
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
  return (await getPostSlugsToPrerender()).map((slug) => ({path: [slug]}))
}

export default async function UnclaimedPath({params}: Props) {
  const {path} = await params
  const slug = path.length === 1 ? parseSlug(path[0]) : null
  const post = slug ? await getPost(slug) : null
  if (!post) notFound()
  permanentRedirect(`/blog/${post.slug}`)
}
