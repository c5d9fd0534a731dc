import {defineField, defineType} from 'sanity'

export const CALLOUT_TONES = ['note', 'tip', 'important'] as const

export const callout = defineType({
  name: 'callout',
  title: 'Callout',
  type: 'object',
  description: 'A highlighted note set apart from the text, e.g. a tip or a reminder.',
  fields: [
    defineField({
      name: 'tone',
      title: 'Tone',
      type: 'string',
      options: {list: [...CALLOUT_TONES], layout: 'radio'},
      initialValue: 'note',
      validation: (rule) => rule.required(),
    }),
    defineField({name: 'title', title: 'Title', type: 'string'}),
    defineField({
      name: 'text',
      title: 'Text',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.required().error('A callout needs its text.'),
    }),
  ],
  preview: {select: {title: 'title', subtitle: 'text'}},
})
