import {defineField, defineType} from 'sanity'
import {wordpressOriginField} from '../objects/wordpressOrigin'

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
    defineField({
      name: 'slug',
      title: 'Slug',
      type: 'slug',
      description: 'The category’s address: /blog/category/<slug>. Press Generate to make it from the title.',
      options: {source: 'title', maxLength: 96},
      // Sanity reports a missing slug as 'Required' on slug.current whatever message is set here;
      // the description above says what to do.
      validation: (rule) => rule.required(),
    }),
    defineField({name: 'description', title: 'Description', type: 'text', rows: 2}),
    wordpressOriginField([defineField({name: 'slug', title: 'Slug in WordPress', type: 'string'})]),
  ],
})
