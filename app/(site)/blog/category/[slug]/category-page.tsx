import type {Metadata} from 'next'
import {notFound} from 'next/navigation'
import {PostListPage} from '../../../../../components/article/PostListPage.tsx'
import {pageCount} from '../../../../../lib/pagination.ts'
import {parseSlug} from '../../../../../lib/params.ts'
import {pageMetadata} from '../../../../../lib/seo.ts'
import {getCategories, getCategoryPage} from '../../../../../sanity/lib/categories.ts'
import {movedOrNotFound} from '../../../../../sanity/lib/moved.ts'
import {routes} from '../../../../../lib/routes.ts'

// Shared by /blog/category/[slug] (page 1) and /blog/category/[slug]/page/[page].

export async function categoryStaticParams() {
  const categories = await getCategories()
  return categories.filter((category) => category.postCount > 0)
}

export async function categoryMetadata(slugParam: string, page: number | null): Promise<Metadata> {
  const slug = parseSlug(slugParam)
  const loaded = slug && page ? await getCategoryPage(slug, page) : null
  if (!loaded) return {}
  return pageMetadata({
    title: page && page > 1 ? `${loaded.category.title}, page ${page}` : loaded.category.title,
    description: loaded.category.description,
    path: routes.category(loaded.category.slug, page ?? 1),
  })
}

export async function CategoryListing({slugParam, page}: {slugParam: string; page: number | null}) {
  const slug = parseSlug(slugParam)
  const loaded = slug && page ? await getCategoryPage(slug, page) : null
  if (!loaded && page) return movedOrNotFound('category', slug, (current) => routes.category(current, page))
  if (!loaded || !page || page > pageCount(loaded.total)) notFound()
  const categories = await getCategories()
  return (
    <PostListPage
      title={loaded.category.title}
      intro={loaded.category.description ? <p className="post-list__intro">{loaded.category.description}</p> : null}
      posts={loaded.posts}
      total={loaded.total}
      page={page}
      basePath={routes.category(loaded.category.slug)}
      categories={categories}
      currentCategory={loaded.category.slug}
    />
  )
}
