import {defineArrayMember, defineField, defineType, type PreviewValue} from 'sanity'
import {formatForEditors} from '../../../lib/editor-clock.ts'
import {PRACTICE_TIME_ZONE} from '../../../lib/site.ts'
import {THRESHOLDS} from '../../../lib/content-check/thresholds.ts'
import {routes} from '../../../lib/routes.ts'
import {previousSlugsField, slugField} from '../objects/slugField.ts'
import {wordpressOriginField} from '../objects/wordpressOrigin.ts'
import {contentCheckErrors, contentCheckWarnings} from './post-content-rules.ts'

export const post = defineType({
  name: 'post',
  title: 'Article',
  type: 'document',
  groups: [
    {name: 'content', title: 'Content', default: true},
    {name: 'publishing', title: 'Publishing'},
    {name: 'seo', title: 'Search & sharing'},
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      group: 'content',
      validation: (rule) => rule.required().error('An article needs a title.'),
    }),
    slugField({
      source: 'title',
      group: 'content',
      description: `The article’s address: ${routes.post('<slug>')}. Press Generate to make it from the title. Changed after publishing, the old address keeps working: it sends visitors to the new one.`,
    }),
    previousSlugsField({group: 'content'}),
    defineField({
      name: 'excerpt',
      title: 'Excerpt',
      type: 'text',
      rows: 3,
      group: 'content',
      description: 'One or two sentences shown on cards and in search results.',
      validation: (rule) => rule.max(200).error('Keep the excerpt to 200 characters or fewer.'),
    }),
    defineField({name: 'mainImage', title: 'Main image', type: 'accessibleImage', group: 'content'}),
    defineField({name: 'body', title: 'Body', type: 'blockContent', group: 'content', validation: contentCheckErrors}),
    defineField({
      name: 'categories',
      title: 'Categories',
      type: 'array',
      group: 'content',
      of: [defineArrayMember({type: 'reference', to: [{type: 'category'}]})],
      validation: (rule) => rule.required().min(1).unique().error('Choose at least one category.'),
    }),
    defineField({
      name: 'author',
      title: 'Author',
      type: 'reference',
      to: [{type: 'clinician'}],
      group: 'content',
      validation: (rule) => rule.required().error('Choose the clinician who wrote this article.'),
    }),
    defineField({
      name: 'reviewedBy',
      title: 'Clinically reviewed by',
      type: 'reference',
      to: [{type: 'clinician'}],
      group: 'content',
    }),
    defineField({
      name: 'contentWarning',
      title: 'Content warning',
      type: 'boolean',
      group: 'content',
      description: 'Turn on for articles that discuss suicide, self-harm, abuse or other distressing topics.',
      initialValue: false,
    }),
    defineField({
      name: 'publishedAt',
      title: 'Published at',
      type: 'datetime',
      group: 'publishing',
      description:
        'In Eastern time (ET), the practice’s. A future date schedules the article: it stays hidden from visitors until then.',
      options: {displayTimeZone: PRACTICE_TIME_ZONE, allowTimeZoneSwitch: false},
      // A new article goes live when published unless someone picks a later time.
      initialValue: () => new Date().toISOString(),
      validation: (rule) => rule.required().error('Set the date the article goes live.'),
    }),
    defineField({
      name: 'updatedAt',
      title: 'Updated at',
      type: 'datetime',
      group: 'publishing',
      description: 'Set when the article is meaningfully revised; shown to readers.',
      validation: (rule) =>
        rule.custom((value, context) => {
          const publishedAt = context.document?.publishedAt
          return value && typeof publishedAt === 'string' && value < publishedAt
            ? 'The update date cannot be before the publish date.'
            : true
        }),
    }),
    defineField({
      name: 'seo',
      title: 'Search & sharing',
      type: 'object',
      group: 'seo',
      fields: [
        defineField({
          name: 'title',
          title: 'SEO title',
          type: 'string',
          validation: (rule) =>
            rule
              .max(THRESHOLDS.seoTitleMax)
              .warning(`Search engines cut titles longer than ${THRESHOLDS.seoTitleMax} characters.`),
        }),
        defineField({
          name: 'description',
          title: 'SEO description',
          type: 'text',
          rows: 2,
          validation: (rule) => [
            rule
              .max(THRESHOLDS.seoDescriptionMax)
              .warning(`Search engines cut descriptions longer than ${THRESHOLDS.seoDescriptionMax} characters.`),
            rule
              .min(THRESHOLDS.seoDescriptionMin)
              .warning(
                `Under ${THRESHOLDS.seoDescriptionMin} characters tells a searcher too little about the article.`,
              ),
          ],
        }),
        defineField({
          name: 'noindex',
          title: 'Hide from search engines',
          type: 'boolean',
          initialValue: false,
          description: 'The article stays on the site and in its lists; search engines are asked not to show it.',
        }),
      ],
    }),
    defineField({
      name: 'hideFromLists',
      title: 'Hide from lists',
      type: 'boolean',
      group: 'seo',
      initialValue: false,
      description:
        'Reachable only by its link: left out of the article lists, topics, the feed, related articles, search and the sitemap. For a page sent to current clients.',
    }),
    wordpressOriginField([
      defineField({name: 'id', title: 'Post ID', type: 'number'}),
      defineField({name: 'slug', title: 'Slug in WordPress', type: 'string'}),
      defineField({name: 'link', title: 'Address in WordPress', type: 'url'}),
    ]),
  ],
  // Writing guidance: safe messaging about suicide, headings, link text, reading grade.
  validation: contentCheckWarnings,
  orderings: [
    {title: 'Publish date, newest', name: 'publishedAtDesc', by: [{field: 'publishedAt', direction: 'desc'}]},
  ],
  preview: {
    select: {title: 'title', publishedAt: 'publishedAt', media: 'mainImage'},
    prepare: ({title, publishedAt, media}: {title?: string; publishedAt?: string; media?: PreviewValue['media']}) => ({
      title,
      media,
      subtitle: publishedAt
        ? `${Date.parse(publishedAt) > Date.now() ? 'Goes live' : 'Live since'} ${formatForEditors(publishedAt)}`
        : 'No date yet',
    }),
  },
})
