import 'server-only'
import {fetchForRequest} from './live.ts'
import {siteSettingsModel, type SiteSettings} from './models.ts'
import {parseOne} from './parse.ts'
import {siteSettingsQuery} from './queries.ts'
import {tags} from './tags.ts'

export async function getSiteSettings(): Promise<SiteSettings | null> {
  'use cache'
  const {data} = await fetchForRequest({query: siteSettingsQuery, tags: [tags.settings]})
  return parseOne(siteSettingsModel, data, 'siteSettings')
}
