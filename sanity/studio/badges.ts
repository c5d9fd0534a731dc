import type {DocumentBadgeComponent} from 'sanity'
import {PRACTICE_TIME_ZONE} from '../../lib/site.ts'

const dateFormat = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: PRACTICE_TIME_ZONE,
})

/** "Scheduled for <date>" while a published post waits for its time; "Live" once visitors see it. */
export const PublishingBadge: DocumentBadgeComponent = ({published}) => {
  const publishedAt = typeof published?.publishedAt === 'string' ? published.publishedAt : null
  if (!published || !publishedAt) return null
  const at = new Date(publishedAt)
  if (at.getTime() > Date.now()) {
    return {
      label: `Scheduled for ${dateFormat.format(at)}`,
      color: 'warning',
      title: 'Visitors will see this article from then on',
    }
  }
  return {label: 'Live', color: 'success', title: 'Visitors can see this article'}
}
