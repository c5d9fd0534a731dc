import {GO_LIVE_TAG} from '../../lib/cache/go-live-tag.ts'
import {PAGES_WITH_HISTORY} from './moved.queries.ts'

/** Cache tags the gateway attaches to fetches, and the webhook expires. */
export const tags = {
  postList: 'post:list',
  post: (slug: string) => `post:${slug}`,
  /** On every single-post fetch, for changes that show on every article (bylines, labels). */
  allPosts: 'post:all',
  settings: 'settings',
  clinicians: 'clinician:list',
  categories: 'category:list',
  groups: 'group:list',
  practice: 'practice',
  /** Where renamed pages went (moved.ts): every rename expires it. */
  moved: 'moved',
  /**
   * On every fetch that shows what changes on a date (posts, groups, closure notices), for
   * go-lives (go-live.ts) alone: pages with a stale
   * go-live tag render before answering (lib/cache/), while other changes keep Next's one
   * stale copy, which also keeps a page served when the Content Lake is down.
   */
  goLive: GO_LIVE_TAG,
} as const

export type ContentChange = {_type: string; slug?: string; previousSlug?: string}

/**
 * The tags a change to one document touches. A post is listed on the home page and in lists,
 * and shown at its slug (and its old slug, if it moved); clinicians and categories appear in
 * every post's byline and labels, so they expire the post pages too.
 */
export function tagsForChange(change: ContentChange): string[] {
  const byType = tagsForType(change)
  const renamed = Boolean(change.previousSlug && change.slug !== change.previousSlug)
  return renamed && (PAGES_WITH_HISTORY as readonly string[]).includes(change._type) ? [...byType, tags.moved] : byType
}

function tagsForType({_type, slug, previousSlug}: ContentChange): string[] {
  switch (_type) {
    case 'post':
      return [tags.postList, ...[slug, previousSlug].filter((s): s is string => Boolean(s)).map(tags.post)]
    case 'siteSettings':
      return [tags.settings]
    case 'practiceDetails':
      return [tags.practice]
    case 'group':
      return [tags.groups]
    case 'clinician':
      // Facilitators' names show on groups.
      return [tags.clinicians, tags.postList, tags.allPosts, tags.groups]
    case 'category':
      return [tags.categories, tags.postList, tags.allPosts]
    default:
      return []
  }
}

/**
 * The tags a scheduled post's go-live touches: everything that shows posts (lists, counts,
 * related posts, and the new post's own page if anything cached it before its time).
 */
export function tagsForGoLive(): string[] {
  return [tags.goLive]
}
