import {defineDocuments, defineLocations, type DocumentLocationsState} from 'sanity/presentation'
import {routePatterns, routes} from '../../lib/routes.ts'

// Where each document shows on the site, for the Presentation tool's "Used on" list, and which
// document a site URL belongs to, so opening a page in Presentation opens its document.

type Titled = {title?: string | null; slug?: string | null} | null
type Named = {name?: string | null; slug?: string | null} | null

const home = {title: 'Home', href: routes.home}
const articles = {title: 'Articles', href: routes.blog}

export function postLocations(post: Titled): DocumentLocationsState {
  if (!post?.slug) return {message: 'Generate a slug to preview this article on the site.', tone: 'caution'}
  return {locations: [{title: post.title || 'Untitled article', href: routes.post(post.slug)}, articles, home]}
}

export function clinicianLocations(clinician: Named): DocumentLocationsState {
  if (!clinician?.slug) return {message: 'Generate a slug to preview this profile on the site.', tone: 'caution'}
  return {
    locations: [
      {title: clinician.name || 'Unnamed clinician', href: routes.clinician(clinician.slug)},
      {title: 'Our team', href: routes.team},
    ],
  }
}

export function categoryLocations(category: Titled): DocumentLocationsState {
  if (!category?.slug) return {message: 'Generate a slug to preview this category on the site.', tone: 'caution'}
  return {locations: [{title: category.title || 'Untitled category', href: routes.category(category.slug)}, articles]}
}

/** The practice's facts appear on every page; these are the pages that show the most of them. */
export function settingsLocations(): DocumentLocationsState {
  return {
    message: 'Site settings appear on every page.',
    tone: 'positive',
    locations: [home, {title: 'Contact', href: routes.contact}, {title: 'Crisis resources', href: routes.crisis}],
  }
}

export const locations = {
  post: defineLocations({select: {title: 'title', slug: 'slug.current'}, resolve: postLocations}),
  clinician: defineLocations({select: {name: 'name', slug: 'slug.current'}, resolve: clinicianLocations}),
  category: defineLocations({select: {title: 'title', slug: 'slug.current'}, resolve: categoryLocations}),
  siteSettings: defineLocations({select: {}, resolve: settingsLocations}),
}

export const mainDocuments = defineDocuments([
  {route: routePatterns.post, filter: `_type == "post" && slug.current == $slug`},
  {route: routePatterns.clinician, filter: `_type == "clinician" && slug.current == $slug`},
  {route: routePatterns.category, filter: `_type == "category" && slug.current == $slug`},
])

export const previewMode = {enable: '/api/draft-mode/enable', disable: '/api/draft-mode/disable'}
