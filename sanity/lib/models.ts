import {z} from 'zod'

// Read models: the shape a component may rely on. A query result crosses one of these before
// any component sees it, so a malformed document is caught here rather than in rendering.

export const imageModel = z.object({
  alt: z.string().min(1),
  caption: z.string().nullish(),
  url: z.url(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  lqip: z.string().nullish(),
})

const personRef = z.object({name: z.string(), slug: z.string(), credentials: z.array(z.string()).nullish()})
const categoryRef = z.object({title: z.string(), slug: z.string()})

export const postCardModel = z.object({
  _id: z.string(),
  title: z.string().min(1),
  slug: z.string().min(1),
  excerpt: z.string().nullish(),
  publishedAt: z.iso.datetime({offset: true}),
  mainImage: imageModel.nullish(),
  author: personRef.nullish(),
  categories: z.array(categoryRef).nullish(),
})

// Portable Text is validated block by block where it is rendered (components/article); here it
// only has to be a list of typed, keyed blocks.
const portableBlock = z.looseObject({_type: z.string(), _key: z.string()})

export const postModel = postCardModel.extend({
  updatedAt: z.iso.datetime({offset: true}).nullish(),
  contentWarning: z.boolean().nullish(),
  body: z.array(portableBlock).nullish(),
})

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

export type PostCard = z.infer<typeof postCardModel>
export type Post = z.infer<typeof postModel>
export type SiteSettings = z.infer<typeof siteSettingsModel>
export type PortableBlock = z.infer<typeof portableBlock>
