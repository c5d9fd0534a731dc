// Pieces shared by the named queries, so that "what a visitor may see" is written once.

/**
 * A post a visitor may see: published (the client reads the published perspective), with a
 * slug, and already live. Cached pages do not yet end their life at the next publishedAt, so a
 * scheduled post appears once a later change expires the list tags (see README, "Scheduling").
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
