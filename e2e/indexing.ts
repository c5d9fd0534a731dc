import type {APIRequestContext} from '@playwright/test'

/** The paths /sitemap.xml lists, in its order (its addresses carry the configured site URL). */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const sitemap = await (await request.get('/sitemap.xml')).text()
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname)
}

/** Whether a page's HTML asks search engines not to index it (its robots meta says noindex). */
export function asksNotToBeIndexed(html: string): boolean {
  return /<meta name="robots" content="[^"]*noindex/.test(html)
}
