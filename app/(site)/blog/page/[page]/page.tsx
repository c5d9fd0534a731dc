import type {Metadata} from 'next'
import {notFound} from 'next/navigation'
import {PostListPage} from '../../../../../components/article/PostListPage.tsx'
import {pageCount, parsePageParam} from '../../../../../lib/pagination.ts'
import {pageMetadata} from '../../../../../lib/seo.ts'
import {getCategories} from '../../../../../sanity/lib/categories.ts'
import {getPostsPage} from '../../../../../sanity/lib/posts.ts'
import {routes} from '../../../../../lib/routes.ts'

type Props = {params: Promise<{page: string}>}

export const instant = false

export async function generateStaticParams() {
  const {total} = await getPostsPage(1)
  return Array.from({length: pageCount(total)}, (_, index) => ({page: String(index + 1)}))
}

async function loadPage(params: Props['params']) {
  const page = parsePageParam((await params).page)
  if (!page) return null
  const result = await getPostsPage(page)
  return page <= pageCount(result.total) ? {page, ...result} : null
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const page = parsePageParam((await params).page)
  return pageMetadata({title: `Articles, page ${page ?? ''}`, path: routes.postsPage(page ?? 1)})
}

export default async function BlogPageN({params}: Props) {
  const loaded = await loadPage(params)
  if (!loaded) notFound()
  const categories = await getCategories()
  return (
    <PostListPage
      title="Articles"
      posts={loaded.posts}
      total={loaded.total}
      page={loaded.page}
      basePath={routes.blog}
      categories={categories}
    />
  )
}
