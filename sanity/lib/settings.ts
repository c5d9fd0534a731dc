import 'server-only'
import {fetchForRequest} from './live'
import {siteSettingsModel, type SiteSettings} from './models'
import {parseOne} from './parse'
import {siteSettingsQuery} from './queries'
import {tags} from './tags'

export async function getSiteSettings(): Promise<SiteSettings | null> {
  'use cache'
  const {data} = await fetchForRequest({query: siteSettingsQuery, tags: [tags.settings]})
  return parseOne(siteSettingsModel, data, 'siteSettings')
}
