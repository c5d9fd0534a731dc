import {defineQuery} from 'groq'
import {z} from 'zod'
import type {Drift, NoDrift} from './drift.ts'
import {imageFields, listedPost, personRefFields, postCardFields, visiblePost} from './groq-fragments.ts'
import {lenient, personRefModel, portableBlock, postCardModel} from './models.ts'
import {listOf} from './parse.ts'
import type {
  FeedPostsQueryResult,
  LatestPostsQueryResult,
  PostBySlugQueryResult,
  PostSlugsQueryResult,
  PostsPageQueryResult,
  RelatedPostsQueryResult,
  SearchPostsQueryResult,
} from '../types.ts'

// Articles: each query beside the model that reads its result. Plain TypeScript, so the bench
// can send the very queries the site sends; posts.ts holds the cached functions.

export const latestPostsQuery = defineQuery(`
  *[${listedPost}] | order(publishedAt desc) [0...$limit] {${postCardFields}}
`)

export const postsPageQuery = defineQuery(`{
  "posts": *[${listedPost}] | order(publishedAt desc) [$start...$end] {${postCardFields}},
  "total": count(*[${listedPost}])
}`)

export const postBySlugQuery = defineQuery(`
  *[${visiblePost} && slug.current == $slug][0] {
    ${postCardFields},
    updatedAt,
    contentWarning,
    seo{title, description, noindex},
    "reviewedBy": reviewedBy->{${personRefFields}},
    "categoryIds": categories[]._ref,
    body[]{
      ...,
      _type == "accessibleImage" => {_type, _key, ${imageFields}},
      markDefs[]{
        ...,
        _type == "internalLink" => {_type, _key, "slug": reference->slug.current}
      }
    }
  }
`)

// Same category first (more shared categories rank higher), then the newest.
export const relatedPostsQuery = defineQuery(`
  *[${listedPost} && _id != $id] | order(count((categories[]._ref)[@ in $categoryIds]) desc, publishedAt desc) [0...3] {
    ${postCardFields}
  }
`)

export const postSlugsQuery = defineQuery(`
  *[${visiblePost}] | order(publishedAt desc) [0...$limit].slug.current
`)

export const searchPostsQuery = defineQuery(`
  *[${listedPost} && [title, excerpt, pt::text(body)] match $terms]
  | score(boost(title match $terms, 3), boost(excerpt match $terms, 2), pt::text(body) match $terms)
  | order(_score desc, publishedAt desc) [0...$limit] {
    ${postCardFields},
    "bodyText": pt::text(body)
  }
`)

export const feedPostsQuery = defineQuery(`
  *[${listedPost}] | order(publishedAt desc) [0...$limit] {
    ${postCardFields},
    updatedAt,
    "bodyText": pt::text(body)
  }
`)

export const postCardsModel = listOf(postCardModel, 'post')

export const postsPageModel = z.object({posts: postCardsModel, total: z.number().int().nonnegative().catch(0)})

export const postModel = postCardModel.and(
  z.object({
    updatedAt: z.iso.datetime({offset: true}).nullish(),
    contentWarning: z.boolean().nullish(),
    seo: lenient(
      z.object({title: z.string().nullish(), description: z.string().nullish(), noindex: z.boolean().nullish()}),
    ),
    reviewedBy: lenient(personRefModel),
    categoryIds: z.array(z.string()).nullish(),
    body: z.array(portableBlock).nullish(),
  }),
)

export const postSlugsModel = listOf(z.string().min(1), 'post slug')

const searchResultModel = postCardModel.and(z.object({bodyText: z.string().nullish()}))
export const searchResultsModel = listOf(searchResultModel, 'post')

const feedPostModel = searchResultModel.and(z.object({updatedAt: z.iso.datetime({offset: true}).nullish()}))
export const feedPostsModel = listOf(feedPostModel, 'post')

export type Post = z.infer<typeof postModel>
export type PostsPage = z.infer<typeof postsPageModel>
export type FeedPost = z.infer<typeof feedPostModel>

// Compile-time: each model reads exactly what its query returns (see drift.ts).
export type PostModelsFitTheirQueries = [
  NoDrift<Drift<LatestPostsQueryResult, typeof postCardsModel>>,
  NoDrift<Drift<PostsPageQueryResult, typeof postsPageModel>>,
  NoDrift<Drift<PostBySlugQueryResult, typeof postModel>>,
  NoDrift<Drift<RelatedPostsQueryResult, typeof postCardsModel>>,
  NoDrift<Drift<PostSlugsQueryResult, typeof postSlugsModel>>,
  NoDrift<Drift<SearchPostsQueryResult, typeof searchResultsModel>>,
  NoDrift<Drift<FeedPostsQueryResult, typeof feedPostsModel>>,
]
