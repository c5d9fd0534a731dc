import type {Metadata} from 'next'
import {PostListPage} from '../../../components/article/PostListPage.tsx'
import {pageMetadata} from '../../../lib/seo.ts'
import {getCategories} from '../../../sanity/lib/categories.ts'
import {getPostsPage} from '../../../sanity/lib/posts.ts'
import {routes} from '../../../lib/routes.ts'

export const metadata: Metadata = pageMetadata({
  title: 'Articles',
  description: 'Articles from our clinicians on group therapy, intensive outpatient care, coping skills and recovery.',
  path: routes.blog,
})

export default async function BlogIndexPage() {
  const [{posts, total}, categories] = await Promise.all([getPostsPage(1), getCategories()])
  return (
    <PostListPage
      title="Articles"
      posts={posts}
      total={total}
      page={1}
      basePath={routes.blog}
      categories={categories}
    />
  )
}
