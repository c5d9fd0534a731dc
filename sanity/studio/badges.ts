import type {DocumentBadgeComponent} from 'sanity'
import {formatForEditors} from '../../lib/editor-clock.ts'

/** "Scheduled for <date>" while a published post waits for its time; "Live" once visitors see it. */
export const PublishingBadge: DocumentBadgeComponent = ({published}) => {
  const publishedAt = typeof published?.publishedAt === 'string' ? published.publishedAt : null
  if (!published || !publishedAt) return null
  const at = new Date(publishedAt)
  if (at.getTime() > Date.now()) {
    return {
      label: `Scheduled for ${formatForEditors(at)}`,
      color: 'warning',
      title: 'Visitors will see this article from then on',
    }
  }
  return {label: 'Live', color: 'success', title: 'Visitors can see this article'}
}
