import Link from 'next/link'
import type {PostCard} from '../../sanity/lib/models.ts'
import {formatDate} from '../../lib/format.ts'
import {readingTimeLabel} from '../../lib/reading-time.ts'
import {ContentImage} from '../ui/ContentImage.tsx'
import {CardArt} from './CardArt.tsx'
import {imageDisplays} from '../ui/image-displays.ts'
import {routes} from '../../lib/routes.ts'

type Props = {post: PostCard; priority?: boolean; headingLevel?: 2 | 3}

export function ArticleCard({post, priority = false, headingLevel = 3}: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="article-card">
      {post.mainImage ? (
        <ContentImage image={post.mainImage} display={imageDisplays.card} priority={priority} />
      ) : (
        <CardArt slug={post.slug} />
      )}
      <Heading className="article-card__title">
        <Link href={routes.post(post.slug)}>{post.title}</Link>
      </Heading>
      {post.excerpt ? <p>{post.excerpt}</p> : null}
      <p className="article-card__meta">
        <time dateTime={post.publishedAt}>{formatDate(post.publishedAt)}</time>
        {/* One text node: React separates adjacent ones with a comment in the HTML, on every card. */}
        {` · ${[readingTimeLabel(post.readingMinutes), post.author?.name].filter(Boolean).join(' · ')}`}
      </p>
    </article>
  )
}
