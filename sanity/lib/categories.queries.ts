import {defineQuery} from 'groq'
import {z} from 'zod'
import type {Drift, NoDrift} from './drift.ts'
import {inThisCategory, postCardFields, listedPost} from './groq-fragments.ts'
import {listOf} from './parse.ts'
import {postCardsModel} from './posts.queries.ts'
import type {CategoriesQueryResult, CategoryPageQueryResult} from '../types.ts'

// Categories (topics): each query beside the model that reads its result; categories.ts holds
// the cached functions.

export const categoriesQuery = defineQuery(`
  *[_type == "category" && defined(slug.current)] | order(title asc) {
    _id, title, "slug": slug.current, description,
    "postCount": count(*[${listedPost} && ${inThisCategory}])
  }
`)

export const categoryPageQuery = defineQuery(`
  *[_type == "category" && slug.current == $slug][0] {
    "category": {_id, title, "slug": slug.current, description},
    "posts": *[${listedPost} && ${inThisCategory}] | order(publishedAt desc) [$start...$end] {${postCardFields}},
    "total": count(*[${listedPost} && ${inThisCategory}])
  }
`)

export const categoryModel = z.object({
  _id: z.string(),
  title: z.string().min(1),
  slug: z.string().min(1),
  description: z.string().nullish(),
})

const categoryWithCountModel = categoryModel.extend({postCount: z.number().int().nonnegative()})
export const categoriesModel = listOf(categoryWithCountModel, 'category')

export const categoryPageModel = z.object({
  category: categoryModel,
  posts: postCardsModel,
  total: z.number().int().nonnegative().catch(0),
})

export type Category = z.infer<typeof categoryModel>
export type CategoryWithCount = z.infer<typeof categoryWithCountModel>
export type CategoryPage = z.infer<typeof categoryPageModel>

// Compile-time: each model reads exactly what its query returns (see drift.ts).
export type CategoryModelsFitTheirQueries = [
  NoDrift<Drift<CategoriesQueryResult, typeof categoriesModel>>,
  NoDrift<Drift<CategoryPageQueryResult, typeof categoryPageModel>>,
]
