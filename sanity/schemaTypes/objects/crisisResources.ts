import {defineField, defineType} from 'sanity'
import {CRISIS_BLOCK_TYPE} from '../../../lib/content-check/article.ts'

// Where to turn right now, as the site says it everywhere else (988, 911, the crisis page).
// Articles that mention suicide or self-harm cannot be published without it or 988 in the text
// (lib/content-check), so the block keeps the numbers in one place rather than in each article.
export const crisisResources = defineType({
  name: CRISIS_BLOCK_TYPE,
  title: 'Crisis resources',
  type: 'object',
  description: 'Shows the 988 Suicide & Crisis Lifeline (call or text), 911 and a link to the crisis page.',
  fields: [
    defineField({
      name: 'lead',
      title: 'Lead-in (optional)',
      type: 'string',
      description:
        'One sentence before the numbers, e.g. "If this article brings up thoughts of suicide, help is there now."',
    }),
  ],
  preview: {
    select: {lead: 'lead'},
    prepare: ({lead}: {lead?: string}) => ({title: 'Crisis resources: 988 and 911', subtitle: lead}),
  },
})
