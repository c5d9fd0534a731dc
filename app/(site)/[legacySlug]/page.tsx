import {notFound, permanentRedirect} from 'next/navigation'
import {parseSlug} from '@/lib/params'
import {getPost, getPostSlugsToPrerender} from '@/sanity/lib/posts'

// The practice's previous site served articles at /{slug}/. Those links keep working: each is a
// permanent redirect to /blog/{slug}. (Next first drops the trailing slash, also permanently.)
type Props = {params: Promise<{legacySlug: string}>}

export const instant = false

export async function generateStaticParams() {
  return (await getPostSlugsToPrerender()).map((slug) => ({legacySlug: slug}))
}

export default async function LegacyArticleRedirect({params}: Props) {
  const slug = parseSlug((await params).legacySlug)
  const post = slug ? await getPost(slug) : null
  if (!post) notFound()
  permanentRedirect(`/blog/${post.slug}`)
}
