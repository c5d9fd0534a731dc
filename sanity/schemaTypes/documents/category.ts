import {defineField, defineType} from 'sanity'
import {routes} from '../../../lib/routes.ts'
import {previousSlugsField, slugField} from '../objects/slugField.ts'
import {wordpressOriginField} from '../objects/wordpressOrigin.ts'

export const category = defineType({
  name: 'category',
  title: 'Category',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      validation: (rule) => rule.required().error('A category needs a title.'),
    }),
    slugField({
      source: 'title',
      description: `The category’s address: ${routes.category('<slug>')}. Press Generate to make it from the title.`,
    }),
    previousSlugsField(),
    defineField({name: 'description', title: 'Description', type: 'text', rows: 2}),
    wordpressOriginField([defineField({name: 'slug', title: 'Slug in WordPress', type: 'string'})]),
  ],
})
