import type {Metadata} from 'next'
import {ArticleBody} from '../../../../components/article/ArticleBody.tsx'
import {ArticleHeader} from '../../../../components/article/ArticleHeader.tsx'
import {RelatedPosts} from '../../../../components/article/RelatedPosts.tsx'
import {TableOfContents} from '../../../../components/article/TableOfContents.tsx'
import {PracticeCallToAction} from '../../../../components/practice/PracticeCallToAction.tsx'
import {JsonLd} from '../../../../components/seo/JsonLd.tsx'
import {blogPostingJsonLd, breadcrumbJsonLd} from '../../../../lib/json-ld.ts'
import {parseSlug} from '../../../../lib/params.ts'
import {pageMetadata} from '../../../../lib/seo.ts'
import {getPost, getPostSlugsToPrerender, getRelatedPosts} from '../../../../sanity/lib/posts.ts'
import {getSiteSettings} from '../../../../sanity/lib/settings.ts'
import {movedOrNotFound} from '../../../../sanity/lib/moved.ts'
import {routes} from '../../../../lib/routes.ts'

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
    path: routes.post(post.slug),
    type: 'article',
    noindex: post.seo?.noindex ?? false,
    publishedTime: post.publishedAt,
    modifiedTime: post.updatedAt ?? undefined,
  })
}

export default async function PostPage({params}: Props) {
  const post = await loadPost(params)
  if (!post) return movedOrNotFound('post', parseSlug((await params).slug), routes.post)
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
          {name: 'Home', path: routes.home},
          {name: 'Articles', path: routes.blog},
          ...(category ? [{name: category.title, path: routes.category(category.slug)}] : []),
          {name: post.title, path: routes.post(post.slug)},
        ])}
      />
    </>
  )
}
