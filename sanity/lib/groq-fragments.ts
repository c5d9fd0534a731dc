// Pieces shared by the named queries, so that "what a visitor may see" is written once.

/**
 * A post a visitor may see: published (the client reads the published perspective), with a
 * slug, and already live. Exact go-live (cache life bounded by the next publishedAt) comes with
 * the scheduling issue.
 */
export const visiblePost = `_type == "post" && defined(slug.current) && publishedAt <= now()`

export const imageFields = /* groq */ `
  alt,
  caption,
  "url": asset->url,
  "width": asset->metadata.dimensions.width,
  "height": asset->metadata.dimensions.height,
  "lqip": asset->metadata.lqip
`
