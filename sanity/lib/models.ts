import {z} from 'zod'
import {readingMinutes} from '../../lib/reading-time.ts'

// Read models: the shape a component may rely on. A query result crosses one of these before
// any component sees it, so a malformed document is caught here rather than in rendering.
// Optional relations (image, author, categories) degrade to null instead of failing the post.

const lenient = <T extends z.ZodType>(model: T) => model.nullish().catch(null)

export const imageModel = z.object({
  alt: z.string().min(1),
  caption: z.string().nullish(),
  url: z.url(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  lqip: z.string().nullish(),
})

export const personRefModel = z.object({
  name: z.string().min(1),
  slug: z.string().min(1),
  credentials: z.array(z.string()).nullish(),
})

export const categoryRefModel = z.object({title: z.string().min(1), slug: z.string().min(1)})

const postSummaryFields = z.object({
  _id: z.string(),
  title: z.string().min(1),
  slug: z.string().min(1),
  excerpt: z.string().nullish(),
  publishedAt: z.iso.datetime({offset: true}),
  /** Characters of body text, from GROQ; becomes `readingMinutes`. */
  textLength: z.number().nullish(),
})

const withReadingTime = <T extends {textLength?: number | null}>({textLength, ...post}: T) => ({
  ...post,
  readingMinutes: readingMinutes(textLength ?? 0),
})

/** The least a list of articles needs: title, link, date, reading time. */
export const postSummaryModel = postSummaryFields.transform(withReadingTime)

export const postCardModel = postSummaryFields
  .extend({
    mainImage: lenient(imageModel),
    author: lenient(personRefModel),
    categories: z
      .array(categoryRefModel.nullable().catch(null))
      .nullish()
      .transform((list) => (list ?? []).filter((c): c is z.infer<typeof categoryRefModel> => c !== null)),
  })
  .transform(withReadingTime)

// Portable Text is validated block by block where it is rendered (components/article); here it
// only has to be a list of typed, keyed blocks.
const portableBlock = z.looseObject({_type: z.string(), _key: z.string()})

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

export const searchResultModel = postCardModel.and(z.object({bodyText: z.string().nullish()}))
export const feedPostModel = searchResultModel.and(z.object({updatedAt: z.iso.datetime({offset: true}).nullish()}))

export const categoryModel = z.object({
  _id: z.string(),
  title: z.string().min(1),
  slug: z.string().min(1),
  description: z.string().nullish(),
})

export const categoryWithCountModel = categoryModel.extend({postCount: z.number().int().nonnegative()})

export const siteSettingsModel = z.object({
  practiceName: z.string().min(1),
  tagline: z.string().nullish(),
  address: z.object({
    street: z.string(),
    suite: z.string().nullish(),
    city: z.string(),
    state: z.string(),
    postalCode: z.string(),
  }),
  phone: z.string().nullish(),
  email: z.string().nullish(),
  hours: z.array(z.object({days: z.string(), hours: z.string()})).nullish(),
  clientPortalUrl: z.url().nullish(),
})

export type Image = z.infer<typeof imageModel>
export type PersonRef = z.infer<typeof personRefModel>
export type PostCard = z.infer<typeof postCardModel>
export type Post = z.infer<typeof postModel>
export type SearchResult = z.infer<typeof searchResultModel>
export type FeedPost = z.infer<typeof feedPostModel>
export type Category = z.infer<typeof categoryModel>
export type CategoryWithCount = z.infer<typeof categoryWithCountModel>
export type SiteSettings = z.infer<typeof siteSettingsModel>
export type PortableBlock = z.infer<typeof portableBlock>
