// Pieces shared by the named queries, so that "what a visitor may see" is written once.

/**
 * A post a visitor may see: published (the client reads the published perspective), with a
 * slug, and already live. Cached results are expired when the next one goes live
 * (go-live.ts), so `now()` here is re-evaluated in time. `$preview` is true only in draft mode
 * (live.ts), where editors also see what is scheduled.
 */
export const visiblePost = `_type == "post" && defined(slug.current) && ($preview || publishedAt <= now())`

export const imageFields = /* groq */ `
  alt,
  caption,
  "url": asset->url,
  "width": asset->metadata.dimensions.width,
  "height": asset->metadata.dimensions.height,
  "lqip": asset->metadata.lqip
`
