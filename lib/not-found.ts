/**
 * Where proxy.ts sends malformed URLs: a path no route claims, which the catch-all route
 * prerenders as the site's not-found page, so it is served with a 404 from the first request.
 */
export const NOT_FOUND_SEGMENTS = ['_', 'not-found']
export const NOT_FOUND_PATH = `/${NOT_FOUND_SEGMENTS.join('/')}`
