import {defineArrayMember, defineField, defineType} from 'sanity'
import {CRISIS_BLOCK_TYPE} from '../../../lib/content-check/article.ts'

export const blockContent = defineType({
  name: 'blockContent',
  title: 'Body',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        {title: 'Normal', value: 'normal'},
        {title: 'Heading 2', value: 'h2'},
        {title: 'Heading 3', value: 'h3'},
        {title: 'Quote', value: 'blockquote'},
      ],
      lists: [
        {title: 'Bullet', value: 'bullet'},
        {title: 'Numbered', value: 'number'},
      ],
      marks: {
        decorators: [
          {title: 'Bold', value: 'strong'},
          {title: 'Italic', value: 'em'},
        ],
        annotations: [
          defineArrayMember({
            name: 'link',
            title: 'External link',
            type: 'object',
            fields: [
              defineField({
                name: 'href',
                title: 'URL',
                type: 'url',
                validation: (rule) => rule.required().uri({scheme: ['http', 'https', 'mailto', 'tel']}),
              }),
            ],
          }),
          defineArrayMember({
            name: 'internalLink',
            title: 'Link to an article',
            type: 'object',
            fields: [
              defineField({
                name: 'reference',
                title: 'Article',
                type: 'reference',
                to: [{type: 'post'}],
                validation: (rule) => rule.required(),
              }),
            ],
          }),
        ],
      },
    }),
    defineArrayMember({type: 'accessibleImage'}),
    defineArrayMember({type: 'callout'}),
    defineArrayMember({type: 'callToAction'}),
    defineArrayMember({type: CRISIS_BLOCK_TYPE}),
  ],
})
