import {defineArrayMember, defineField, defineType} from 'sanity'
import {ADMISSION_KINDS, ENROLLMENT_STATUSES, GROUP_FORMATS, titleOf} from '../../../lib/practice/options.ts'
import {routes} from '../../../lib/routes.ts'
import {services} from '../../../lib/services/index.ts'
import {groupLeavesProblem, groupStartProblem, meetingsProblem} from '../practice-rules.ts'
import {unconfirmedField} from '../objects/unconfirmedField.ts'
import {slugField} from '../objects/slugField.ts'

const radio = <T extends {value: string; title: string}>(list: readonly T[]) => ({
  list: list.map(({value, title}) => ({value, title})),
  layout: 'radio' as const,
})

// A group the practice runs, as the office keeps it current: when it meets, when the next one
// starts, whether there is room. Its service's page, the groups page and home show it.
export const group = defineType({
  name: 'group',
  title: 'Group',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Name',
      type: 'string',
      validation: (rule) => rule.required().error('A group needs a name.'),
    }),
    slugField({
      source: 'title',
      description: `Used in the link “Ask about this group” (${routes.askAboutGroup('<slug>')}). Press Generate.`,
    }),
    unconfirmedField(),
    defineField({
      name: 'service',
      title: 'Service',
      type: 'string',
      description: 'The service page that lists this group.',
      options: radio(services.map((service) => ({value: service.slug, title: service.title}))),
      validation: (rule) => rule.required().error('Choose the service this group belongs to.'),
    }),
    defineField({
      name: 'enrollment',
      title: 'Enrollment',
      type: 'string',
      options: radio(ENROLLMENT_STATUSES),
      initialValue: 'open',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'admission',
      title: 'How people join',
      type: 'string',
      options: radio(ADMISSION_KINDS),
      initialValue: 'dated',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'nextStart',
      title: 'Next start date',
      type: 'date',
      hidden: ({document}) => document?.admission === 'rolling',
      validation: (rule) =>
        rule.custom((value: string | undefined, context) =>
          groupStartProblem(context.document?.admission as string | undefined, value),
        ),
    }),
    defineField({
      name: 'meetings',
      title: 'Weekly meetings',
      type: 'array',
      description: 'Days and times in Asheville’s time (Eastern).',
      of: [defineArrayMember({type: 'meeting'})],
      validation: (rule) => rule.custom((value: unknown[] | undefined) => meetingsProblem(value)),
    }),
    defineField({
      name: 'format',
      title: 'Where it meets',
      type: 'string',
      options: radio(GROUP_FORMATS),
      validation: (rule) => rule.required().error('Choose where the group meets.'),
    }),
    defineField({
      name: 'lengthWeeks',
      title: 'Length in weeks',
      type: 'number',
      description: 'Leave empty for an ongoing group.',
      validation: (rule) => rule.integer().min(1).max(104),
    }),
    defineField({
      name: 'audience',
      title: 'Who it is for',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.required().max(300),
    }),
    defineField({
      name: 'facilitators',
      title: 'Facilitators',
      type: 'array',
      of: [defineArrayMember({type: 'reference', to: [{type: 'clinician'}]})],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'costNote',
      title: 'Cost and insurance',
      type: 'text',
      rows: 2,
      description: 'What a person pays, or which insurance covers it, in a sentence or two.',
      validation: (rule) => rule.max(300),
    }),
    defineField({
      name: 'leavesAt',
      title: 'Leaves the site at',
      type: 'datetime',
      description: 'Optional: from this moment the group is no longer shown anywhere on the site.',
      validation: (rule) =>
        rule.custom((value: string | undefined, context) =>
          groupLeavesProblem(context.document?.nextStart as string | undefined, value),
        ),
    }),
  ],
  preview: {
    select: {title: 'title', enrollment: 'enrollment', nextStart: 'nextStart', admission: 'admission'},
    prepare: ({title, enrollment, nextStart, admission}) => ({
      title,
      subtitle: [
        enrollment ? titleOf(ENROLLMENT_STATUSES, enrollment) : null,
        admission === 'rolling' ? 'rolling admission' : nextStart ? `starts ${nextStart}` : null,
      ]
        .filter(Boolean)
        .join(' · '),
    }),
  },
})
