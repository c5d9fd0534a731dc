// Pieces shared by the named queries, so that "what a visitor may see", "a post in this
// category" and each projection are written once. Plain strings, so TypeGen (npm run typegen)
// resolves them inside every defineQuery that uses them.

/**
 * A post a visitor may see: published (the client reads the published perspective), with a
 * slug, and already live. Cached results are expired when the next one goes live
 * (go-live.ts), so `now()` here is re-evaluated in time. `$preview` is true only in draft mode
 * (live.ts), where editors also see what is scheduled.
 */
export const visiblePost = `_type == "post" && defined(slug.current) && ($preview || publishedAt <= now())`

/**
 * A visible post that may be listed: every list, count, feed, search and the sitemap use this;
 * only the post's own page (and the addresses that lead to it) use `visiblePost`, so a post
 * hidden from lists is reachable by its link alone.
 */
export const listedPost = `${visiblePost} && hideFromLists != true`

/**
 * Inside a category's projection: a post filed under that category. The category page, the
 * counts beside each category and the sitemap all use it, so a page's total and the counts
 * cannot disagree.
 */
export const inThisCategory = `^._id in categories[]._ref`

export const imageFields = /* groq */ `
  alt,
  caption,
  "url": asset->url,
  "width": asset->metadata.dimensions.width,
  "height": asset->metadata.dimensions.height,
  "lqip": asset->metadata.lqip
`

export const personRefFields = /* groq */ `name, "slug": slug.current, credentials`

/** What a list of articles shows without pictures: title, link, date, reading time. */
export const postSummaryFields = /* groq */ `
  _id,
  title,
  "slug": slug.current,
  excerpt,
  publishedAt,
  "textLength": length(pt::text(body))
`

export const postCardFields = /* groq */ `
  ${postSummaryFields},
  "mainImage": mainImage{${imageFields}},
  "author": author->{${personRefFields}},
  "categories": categories[]->{title, "slug": slug.current}
`
