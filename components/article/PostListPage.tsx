import type {ReactNode} from 'react'
import type {CategoryWithCount} from '../../sanity/lib/categories.queries.ts'
import type {PostCard} from '../../sanity/lib/models.ts'
import {pageCount} from '../../lib/pagination.ts'
import {CategoryNav} from './CategoryNav.tsx'
import {Pagination} from './Pagination.tsx'
import {PostGrid} from './PostGrid.tsx'

type Props = {
  title: string
  intro?: ReactNode
  posts: PostCard[]
  total: number
  page: number
  basePath: string
  categories: CategoryWithCount[]
  currentCategory?: string
}

/** The blog index and each category: a heading, topic links, a page of cards, page links. */
export function PostListPage({title, intro, posts, total, page, basePath, categories, currentCategory}: Props) {
  const pages = pageCount(total)
  return (
    <section className="post-list" aria-labelledby="list-title">
      <h1 id="list-title">
        {title}
        {page > 1 ? (
          <span className="post-list__page">
            {' '}
            (page {page} of {pages})
          </span>
        ) : null}
      </h1>
      {intro}
      <CategoryNav categories={categories} current={currentCategory} />
      {posts.length ? <PostGrid posts={posts} /> : <p>No articles here yet.</p>}
      <Pagination page={page} pageCount={pages} basePath={basePath} />
    </section>
  )
}
