import type {BlockSpec} from '../portable-text.ts'

export type ArticleSeed = {
  slug: string
  title: string
  excerpt: string
  categories: string[]
  author: string
  reviewedBy?: string
  contentWarning?: boolean
  publishedAt: string
  updatedAt?: string
  image: {asset: string; alt: string; caption?: string}
  body: BlockSpec[]
  /** Seeded as an unpublished draft only. */
  draft?: boolean
}
