import type {Metadata} from 'next'
import {PostListPage} from '@/components/article/PostListPage'
import {pageMetadata} from '@/lib/seo'
import {getCategories} from '@/sanity/lib/categories'
import {getPostsPage} from '@/sanity/lib/posts'

export const metadata: Metadata = pageMetadata({
  title: 'Articles',
  description: 'Articles from our clinicians on group therapy, intensive outpatient care, coping skills and recovery.',
  path: '/blog',
})

export default async function BlogIndexPage() {
  const [{posts, total}, categories] = await Promise.all([getPostsPage(1), getCategories()])
  return <PostListPage title="Articles" posts={posts} total={total} page={1} basePath="/blog" categories={categories} />
}
