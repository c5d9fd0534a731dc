// The one map of the site's URLs. Links, the feed, the sitemap, JSON-LD, Presentation's locations,
// old-address redirects, the proxy's matcher test and the bench all build their paths here, so a
// section that moves changes in one file (a test fails on `/blog/…` or `/team/…` templates
// anywhere else). Plain TypeScript with no imports, so scripts Node runs directly can use it.

/** Each top-level section of the site, by its first path segment. */
export const SECTIONS = {
  blog: '/blog',
  team: '/team',
  services: '/services',
  groups: '/groups',
  search: '/search',
  contact: '/contact',
  crisis: '/crisis',
  privacy: '/privacy',
  insuranceAndFees: '/insurance-and-fees',
  noticeOfPrivacyPractices: '/notice-of-privacy-practices',
  studio: '/studio',
  api: '/api',
} as const

/** Page 1 of a list lives at the list's own path; page n at `<list>/page/n`. */
function listPage(listPath: string, page: number | ':page'): string {
  return page === 1 ? listPath : `${listPath}/page/${page}`
}

const categoryPath = (slug: string) => `${SECTIONS.blog}/category/${slug}`

export const routes = {
  home: '/',
  ...SECTIONS,
  contactThanks: `${SECTIONS.contact}/thanks`,
  feed: '/feed.xml',
  shareCard: '/share-card.png',
  iop: `${SECTIONS.services}/intensive-outpatient-program`,
  post: (slug: string) => `${SECTIONS.blog}/${slug}`,
  postsPage: (page: number) => listPage(SECTIONS.blog, page),
  category: (slug: string, page = 1) => listPage(categoryPath(slug), page),
  searchFor: (query: string) => `${SECTIONS.search}?${new URLSearchParams({q: query})}`,
  /** The page proxy.ts serves `searchFor(query)` from (app/(site)/search/[query]): one escaped segment. */
  searchResults: (query: string) => `${SECTIONS.search}/${encodeURIComponent(query)}`,
  clinician: (slug: string) => `${SECTIONS.team}/${slug}`,
  service: (slug: string) => `${SECTIONS.services}/${slug}`,
  /** The groups page narrowed by where groups meet and by service (`any` for either). */
  groupsFiltered: (format: string, service: string) =>
    format === 'any' && service === 'any' ? SECTIONS.groups : `${SECTIONS.groups}/${format}/${service}`,
  /** The appointment form with a group chosen. */
  askAboutGroup: (slug: string) => `${SECTIONS.contact}/group/${slug}`,
  /** The team page showing only clinicians taking new clients. */
  teamAccepting: `${SECTIONS.team}/accepting`,
  listPage,
}

/** The same routes with their parameters named (`:slug`, `:page`), for URLPattern and Presentation. */
export const routePatterns = {
  post: routes.post(':slug'),
  postsPage: listPage(SECTIONS.blog, ':page'),
  category: categoryPath(':slug'),
  categoryPage: listPage(categoryPath(':slug'), ':page'),
  clinician: routes.clinician(':slug'),
  service: routes.service(':slug'),
}

/**
 * A path no route claims, which the catch-all route prerenders as the site's not-found page, so
 * that the route has a static entry and every other unknown path renders its 404 on demand.
 */
export const NOT_FOUND_SEGMENTS = ['_', 'not-found']

/**
 * First path segments the site's own routes take. Any other single segment may be an article's
 * address on the practice's previous (WordPress) site.
 */
export const SITE_SEGMENTS: ReadonlySet<string> = new Set([
  ...Object.values(SECTIONS).map((path) => path.slice(1)),
  NOT_FOUND_SEGMENTS[0],
])
