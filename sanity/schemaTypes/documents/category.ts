import {defineField, defineType} from 'sanity'

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
      description: 'The category’s address: /blog/category/<slug>.',
      options: {source: 'title', maxLength: 96},
      validation: (rule) => rule.required().error('Generate a slug from the title.'),
    }),
    defineField({name: 'description', title: 'Description', type: 'text', rows: 2}),
  ],
})
