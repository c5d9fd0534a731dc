import Link from 'next/link'
import type {PostCard} from '@/sanity/lib/models'
import {formatDate} from '@/lib/format'
import {ContentImage} from '@/components/ui/ContentImage'

export function ArticleCard({post, priority = false}: {post: PostCard; priority?: boolean}) {
  return (
    <article className="article-card">
      {post.mainImage ? <ContentImage image={post.mainImage} sizes="(min-width: 48rem) 22rem, 100vw" priority={priority} /> : null}
      <h3 className="article-card__title">
        <Link href={`/blog/${post.slug}`}>{post.title}</Link>
      </h3>
      {post.excerpt ? <p>{post.excerpt}</p> : null}
      <p className="article-card__meta">
        <time dateTime={post.publishedAt}>{formatDate(post.publishedAt)}</time>
        {post.author ? <> · {post.author.name}</> : null}
      </p>
    </article>
  )
}
