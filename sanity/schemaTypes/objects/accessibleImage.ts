import {defineField, defineType} from 'sanity'

// Every image a visitor sees carries alt text; the Studio refuses to publish one without it.
export const accessibleImage = defineType({
  name: 'accessibleImage',
  title: 'Image',
  type: 'image',
  options: {hotspot: true},
  fields: [
    defineField({
      name: 'alt',
      title: 'Alternative text',
      type: 'string',
      description: 'Describe what the image shows for people using screen readers. Required.',
      validation: (rule) =>
        rule.required().error('Add alternative text: describe what the image shows for people who cannot see it.'),
    }),
    defineField({
      name: 'caption',
      title: 'Caption',
      type: 'string',
      description: 'Optional text shown under the image.',
    }),
  ],
})
