import {defineQuery} from 'groq'
import {imageFields, visiblePost} from './groq-fragments.ts'

const postCardFields = /* groq */ `
  _id,
  title,
  "slug": slug.current,
  excerpt,
  publishedAt,
  "textLength": length(pt::text(body)),
  "mainImage": mainImage{${imageFields}},
  "author": author->{name, "slug": slug.current, credentials},
  "categories": categories[]->{title, "slug": slug.current}
`

export const latestPostsQuery = defineQuery(`
  *[${visiblePost}] | order(publishedAt desc) [0...$limit] {${postCardFields}}
`)

export const postsPageQuery = defineQuery(`{
  "posts": *[${visiblePost}] | order(publishedAt desc) [$start...$end] {${postCardFields}},
  "total": count(*[${visiblePost}])
}`)

export const categoryPageQuery = defineQuery(`{
  "category": *[_type == "category" && slug.current == $slug][0]{_id, title, "slug": slug.current, description},
  "posts": *[${visiblePost} && $slug in categories[]->slug.current] | order(publishedAt desc) [$start...$end] {${postCardFields}},
  "total": count(*[${visiblePost} && $slug in categories[]->slug.current])
}`)

export const categoriesQuery = defineQuery(`
  *[_type == "category" && defined(slug.current)] | order(title asc) {
    _id, title, "slug": slug.current, description,
    "postCount": count(*[${visiblePost} && references(^._id)])
  }
`)

export const postBySlugQuery = defineQuery(`
  *[${visiblePost} && slug.current == $slug][0] {
    ${postCardFields},
    updatedAt,
    contentWarning,
    seo{title, description, noindex},
    "reviewedBy": reviewedBy->{name, "slug": slug.current, credentials},
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
  *[${visiblePost} && _id != $id] | order(count((categories[]._ref)[@ in $categoryIds]) desc, publishedAt desc) [0...3] {
    ${postCardFields}
  }
`)

export const postSlugsQuery = defineQuery(`
  *[${visiblePost}] | order(publishedAt desc) [0...$limit].slug.current
`)

export const searchPostsQuery = defineQuery(`
  *[${visiblePost} && [title, excerpt, pt::text(body)] match $terms]
  | score(boost(title match $terms, 3), boost(excerpt match $terms, 2), pt::text(body) match $terms)
  | order(_score desc, publishedAt desc) [0...$limit] {
    ${postCardFields},
    "bodyText": pt::text(body)
  }
`)

export const feedPostsQuery = defineQuery(`
  *[${visiblePost}] | order(publishedAt desc) [0...$limit] {
    ${postCardFields},
    updatedAt,
    "bodyText": pt::text(body)
  }
`)

export const sitemapQuery = defineQuery(`{
  "posts": *[${visiblePost} && seo.noindex != true] | order(publishedAt desc) {"slug": slug.current, publishedAt, updatedAt, _updatedAt},
  "categories": *[_type == "category" && defined(slug.current) && count(*[${visiblePost} && references(^._id)]) > 0] {"slug": slug.current, _updatedAt},
  "clinicians": *[_type == "clinician" && defined(slug.current)] {"slug": slug.current, _updatedAt}
}`)

export const siteSettingsQuery = defineQuery(`
  *[_id == "siteSettings"][0] {practiceName, tagline, address, phone, email, hours[]{days, hours}, clientPortalUrl}
`)

// What proxy.ts needs to answer before rendering: which articles, topics and clinicians a
// visitor may see (so an unknown or hidden one is a real 404), the topics' sizes (for list pages
// past the end), and the first scheduled post after `$since` (when to expire the post tags).
export const siteIndexQuery = defineQuery(`{
  "posts": *[${visiblePost}].slug.current,
  "categories": *[_type == "category" && defined(slug.current)] {"slug": slug.current, "posts": count(*[${visiblePost} && references(^._id)])},
  "clinicians": *[_type == "clinician" && defined(slug.current)].slug.current,
  "nextGoLive": *[_type == "post" && defined(slug.current) && dateTime(publishedAt) > dateTime($since)] | order(publishedAt asc) [0].publishedAt
}`)

// The previous site's addresses: a post's current slug or its WordPress slug (kept by the
// importer, so a post renamed since still answers), its WordPress id, a category's slug.
export const legacyPostBySlugQuery = defineQuery(`
  *[${visiblePost} && (slug.current == $key || wordpress.slug == $key)] | order(publishedAt desc) [0].slug.current
`)

export const legacyPostByIdQuery = defineQuery(`
  *[${visiblePost} && wordpress.id == $id] | order(publishedAt desc) [0].slug.current
`)

export const legacyCategoryQuery = defineQuery(`
  *[_type == "category" && defined(slug.current) && (slug.current == $key || wordpress.slug == $key)][0].slug.current
`)
