import type {Post} from '../../sanity/lib/posts.queries.ts'
import {formatDate} from '../../lib/format.ts'
import {readingTimeLabel} from '../../lib/reading-time.ts'
import {ContentImage} from '../ui/ContentImage.tsx'
import {imageDisplays} from '../ui/image-displays.ts'
import {Byline} from './Byline.tsx'

export function ArticleHeader({post}: {post: Post}) {
  const updated = post.updatedAt && post.updatedAt > post.publishedAt ? post.updatedAt : null
  return (
    <header className="article__header">
      <h1>{post.title}</h1>
      <p className="article__meta">
        <Byline author={post.author} reviewedBy={post.reviewedBy} />
      </p>
      <p className="article__meta">
        <time dateTime={post.publishedAt}>{formatDate(post.publishedAt)}</time>
        {updated ? (
          <>
            {' '}
            · Updated <time dateTime={updated}>{formatDate(updated)}</time>
          </>
        ) : null}{' '}
        · {readingTimeLabel(post.readingMinutes)}
      </p>
      {post.contentWarning ? (
        <p className="content-warning" role="note">
          <strong>Content note:</strong> this article discusses suicide or other distressing topics. If you need to talk
          to someone now, call or text <a href="tel:988">988</a>, any time.
        </p>
      ) : null}
      {post.mainImage ? <ContentImage image={post.mainImage} display={imageDisplays.article} priority /> : null}
    </header>
  )
}
