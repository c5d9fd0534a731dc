import type {PostCard} from '../../sanity/lib/models.ts'
import {ArticleCard} from './ArticleCard.tsx'

export function PostGrid({posts, headingLevel = 2}: {posts: PostCard[]; headingLevel?: 2 | 3}) {
  return (
    <div className="card-grid">
      {posts.map((post, index) => (
        <ArticleCard key={post._id} post={post} priority={index === 0} headingLevel={headingLevel} />
      ))}
    </div>
  )
}
