import {z} from 'zod'
import {readingMinutes} from '../../lib/reading-time.ts'

// Read models: the shape a component may rely on. A query result crosses one of these before
// any component sees it, so a malformed document is caught here rather than in rendering.
// Optional relations (image, author, categories) degrade to null instead of failing the post.
// These are the models several kinds of content share (groq-fragments.ts has their
// projections); each kind's own models sit with its queries (posts.queries.ts, …).

export const lenient = <T extends z.ZodType>(model: T) => model.nullish().catch(null)

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
export const portableBlock = z.looseObject({_type: z.string(), _key: z.string()})

export type Image = z.infer<typeof imageModel>
export type PersonRef = z.infer<typeof personRefModel>
export type PostCard = z.infer<typeof postCardModel>
export type PortableBlock = z.infer<typeof portableBlock>
