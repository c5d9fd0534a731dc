import {defineQuery} from 'next-sanity'

// What a visitor may see: published, with a slug, and already live. Scheduling relies on
// `publishedAt <= now()`; the cache life that keeps it exact on time comes with issue #5.
const visiblePost = `_type == "post" && defined(slug.current) && publishedAt <= now()`

const imageFields = /* groq */ `
  alt,
  caption,
  "url": asset->url,
  "width": asset->metadata.dimensions.width,
  "height": asset->metadata.dimensions.height,
  "lqip": asset->metadata.lqip
`

const postCardFields = /* groq */ `
  _id,
  title,
  "slug": slug.current,
  excerpt,
  publishedAt,
  "mainImage": mainImage{${imageFields}},
  "author": author->{name, "slug": slug.current, credentials},
  "categories": categories[]->{title, "slug": slug.current}
`

export const latestPostsQuery = defineQuery(`
  *[${visiblePost}] | order(publishedAt desc) [0...$limit] {${postCardFields}}
`)

export const postBySlugQuery = defineQuery(`
  *[${visiblePost} && slug.current == $slug][0] {
    ${postCardFields},
    updatedAt,
    contentWarning,
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

export const postSlugsQuery = defineQuery(`
  *[${visiblePost}] | order(publishedAt desc) [0...$limit].slug.current
`)

export const siteSettingsQuery = defineQuery(`
  *[_id == "siteSettings"][0] {practiceName, tagline, address, phone, email, hours[]{days, hours}, clientPortalUrl}
`)
