import 'server-only'
import {pageRange} from '../../lib/pagination.ts'
import {
  categoriesModel,
  categoriesQuery,
  categoryPageModel,
  categoryPageQuery,
  type CategoryPage,
  type CategoryWithCount,
} from './categories.queries.ts'
import {read} from './read.ts'
import {tags} from './tags.ts'

export async function getCategories(): Promise<CategoryWithCount[]> {
  'use cache'
  const categories = await read({
    query: categoriesQuery,
    tags: [tags.categories, tags.postList],
    onSchedule: true,
    model: categoriesModel,
    what: 'categories',
  })
  return categories ?? []
}

/** A category with one page of its posts; null when there is no such category. */
export async function getCategoryPage(slug: string, page: number): Promise<CategoryPage | null> {
  'use cache'
  return read({
    query: categoryPageQuery,
    params: {slug, ...pageRange(page)},
    tags: [tags.categories, tags.postList],
    onSchedule: true,
    model: categoryPageModel,
    what: 'category page',
  })
}
