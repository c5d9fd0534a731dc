/**
 * The cache tag on every fetch that shows posts, which a go-live expires (sanity/lib/tags.ts
 * names it tags.goLive). It lives beside the cache handlers, which treat it specially
 * (made-before-go-live.ts), so they depend on no content code.
 */
export const GO_LIVE_TAG = 'post:go-live'
