import type {Metadata} from 'next'
import {notFound} from 'next/navigation'
import {ArticleBody} from '@/components/article/ArticleBody'
import {ArticleHeader} from '@/components/article/ArticleHeader'
import {parseSlug} from '@/lib/params'
import {getPost, getPostSlugsToPrerender} from '@/sanity/lib/posts'

type Props = {params: Promise<{slug: string}>}

// Known articles are prerendered whole; a slug published after the build renders once at
// request time (blocking, then cached). No loading skeleton: a calm page beats a flash.
export const instant = false

export async function generateStaticParams() {
  const slugs = await getPostSlugsToPrerender()
  return slugs.map((slug) => ({slug}))
}

async function loadPost(params: Props['params']) {
  const slug = parseSlug((await params).slug)
  return slug ? getPost(slug) : null
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const post = await loadPost(params)
  return post ? {title: post.title, description: post.excerpt ?? undefined} : {}
}

export default async function PostPage({params}: Props) {
  const post = await loadPost(params)
  if (!post) notFound()
  return (
    <article className="article">
      <ArticleHeader post={post} />
      {post.body ? <ArticleBody body={post.body} /> : null}
    </article>
  )
}
