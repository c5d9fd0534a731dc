type CachedValue = {kind: string; postponed?: string} | null

/**
 * Whether Next is storing a page for one address (not a route's fallback shell) that was
 * rendered with parts left to fill per request (`postponed`).
 *
 * No page of this site has such parts: every one is prerendered whole, and only the shells of
 * dynamic routes (/blog/[slug]) keep holes. A page that comes back with them was refreshed in a
 * context that must not make visitors' pages; stored, it would make Next render the page for
 * every visitor (x-nextjs-postponed, no-store) until the next change. Seen with Next 16.4.6:
 * the Presentation tool's perspective action, a Server Action posted to the article in draft
 * mode, refreshed the stale visitors' copy within that request; draft mode keeps 'use cache'
 * results out of the prerender's resume data, so each became a hole ("Unexpected cache miss
 * after cache warming phase"). Not storing it keeps the previous copy, stale, so the next
 * visitor's request renders the page again as a visitor's.
 */
export function renderedWithHoles(value: CachedValue, isFallback: boolean | undefined): boolean {
  return value?.kind === 'APP_PAGE' && Boolean(value.postponed) && !isFallback
}
