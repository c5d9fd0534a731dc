import 'server-only'
import {read} from './read.ts'
import {siteSettingsModel, siteSettingsQuery, type SiteSettings} from './settings.queries.ts'
import {tags} from './tags.ts'

export async function getSiteSettings(): Promise<SiteSettings | null> {
  'use cache'
  return read({query: siteSettingsQuery, tags: [tags.settings], model: siteSettingsModel, what: 'siteSettings'})
}
