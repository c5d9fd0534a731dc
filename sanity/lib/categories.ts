import 'server-only'
import {pageRange} from '../../lib/pagination.ts'
import {fetchForRequest} from './live.ts'
import {
  categoryModel,
  categoryWithCountModel,
  postCardModel,
  type Category,
  type CategoryWithCount,
  type PostCard,
} from './models.ts'
import {countOf, parseList, parseOne, partOf} from './parse.ts'
import {categoriesQuery, categoryPageQuery} from './queries.ts'
import {tags} from './tags.ts'

export async function getCategories(): Promise<CategoryWithCount[]> {
  'use cache'
  const {data} = await fetchForRequest({query: categoriesQuery, tags: [tags.categories, tags.postList, tags.goLive]})
  return parseList(categoryWithCountModel, data, 'category')
}

export type CategoryPage = {category: Category; posts: PostCard[]; total: number}

export async function getCategoryPage(slug: string, page: number): Promise<CategoryPage | null> {
  'use cache'
  const {data} = await fetchForRequest({
    query: categoryPageQuery,
    params: {slug, ...pageRange(page)},
    tags: [tags.categories, tags.postList, tags.goLive],
  })
  const category = parseOne(categoryModel, partOf(data, 'category'), 'category')
  if (!category) return null
  return {category, posts: parseList(postCardModel, partOf(data, 'posts'), 'post'), total: countOf(data, 'total')}
}
