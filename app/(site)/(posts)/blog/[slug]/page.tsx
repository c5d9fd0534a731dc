import type {Metadata} from 'next'
import {notFound} from 'next/navigation'
import {ArticleBody} from '@/components/article/ArticleBody'
import {ArticleHeader} from '@/components/article/ArticleHeader'
import {RelatedPosts} from '@/components/article/RelatedPosts'
import {TableOfContents} from '@/components/article/TableOfContents'
import {PracticeCallToAction} from '@/components/practice/PracticeCallToAction'
import {JsonLd} from '@/components/seo/JsonLd'
import {blogPostingJsonLd, breadcrumbJsonLd} from '@/lib/json-ld'
import {parseSlug} from '@/lib/params'
import {pageMetadata} from '@/lib/seo'
import {getPost, getPostSlugsToPrerender, getRelatedPosts} from '@/sanity/lib/posts'
import {getSiteSettings} from '@/sanity/lib/settings'

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
  if (!post) return {}
  return pageMetadata({
    title: post.seo?.title || post.title,
    description: post.seo?.description || post.excerpt,
    path: `/blog/${post.slug}`,
    type: 'article',
    noindex: post.seo?.noindex ?? false,
    publishedTime: post.publishedAt,
    modifiedTime: post.updatedAt ?? undefined,
  })
}

export default async function PostPage({params}: Props) {
  const post = await loadPost(params)
  if (!post) notFound()
  const [related, settings] = await Promise.all([
    // Only what the query needs: the arguments are the cache key.
    getRelatedPosts({_id: post._id, categoryIds: post.categoryIds}),
    getSiteSettings(),
  ])
  const category = post.categories[0]
  return (
    <>
      <article className="article">
        <ArticleHeader post={post} />
        {post.body ? (
          <>
            <TableOfContents body={post.body} />
            <ArticleBody body={post.body} />
          </>
        ) : null}
        <PracticeCallToAction settings={settings} />
      </article>
      <RelatedPosts related={related} />
      <JsonLd data={blogPostingJsonLd({...post, image: post.mainImage?.url})} />
      <JsonLd
        data={breadcrumbJsonLd([
          {name: 'Home', path: '/'},
          {name: 'Articles', path: '/blog'},
          ...(category ? [{name: category.title, path: `/blog/category/${category.slug}`}] : []),
          {name: post.title, path: `/blog/${post.slug}`},
        ])}
      />
    </>
  )
}
