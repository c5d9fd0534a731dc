import {defineField, defineType} from 'sanity'
import {describeMeetings, formatClock, type Weekday} from '../../../lib/practice/hours.ts'
import {closureProblem} from '../practice-rules.ts'
import {spanEndField, timeField, weekdaysField} from './practiceFields.ts'

const dayList = (days: Weekday[] | undefined) => (days ?? []).map((d) => d.slice(0, 3)).join(', ')

/** One weekly meeting of a group: its days and its times, in Asheville's time. */
export const meeting = defineType({
  name: 'meeting',
  title: 'Weekly meeting',
  type: 'object',
  fields: [
    weekdaysField('days', 'Days', 'meeting'),
    timeField('start', 'Starts at'),
    spanEndField('end', 'Ends at', 'start', 'meeting'),
  ],
  preview: {
    select: {days: 'days', start: 'start', end: 'end'},
    prepare: ({days, start, end}) => ({
      title: start && end && days?.length ? describeMeetings([{days, start, end}])[0] : 'Incomplete meeting',
    }),
  },
})

/** Days of the week the office is open, and from when to when. */
export const officeHours = defineType({
  name: 'officeHours',
  title: 'Opening hours',
  type: 'object',
  fields: [
    weekdaysField('days', 'Days', 'opening hours'),
    timeField('opens', 'Opens at'),
    spanEndField('closes', 'Closes at', 'opens', 'office day'),
  ],
  preview: {
    select: {days: 'days', opens: 'opens', closes: 'closes'},
    prepare: ({days, opens, closes}) => ({
      title: dayList(days) || 'No days chosen',
      subtitle: opens && closes ? `${formatClock(opens)} to ${formatClock(closes)}` : 'Times missing',
    }),
  },
})

/** Days the office is closed: a holiday, a training day, snow. */
export const closure = defineType({
  name: 'closure',
  title: 'Closure',
  type: 'object',
  fields: [
    defineField({name: 'from', title: 'First day closed', type: 'date', validation: (rule) => rule.required()}),
    defineField({
      name: 'to',
      title: 'Last day closed',
      type: 'date',
      description: 'The same day as the first for a one-day closure.',
      validation: (rule) =>
        rule.custom((to: string | undefined, context) =>
          closureProblem((context.parent as {from?: string} | undefined)?.from, to),
        ),
    }),
    defineField({
      name: 'note',
      title: 'Reason shown to visitors',
      type: 'string',
      description: 'A few words, e.g. “Thanksgiving” or “Snow: the office is closed”.',
      validation: (rule) => rule.required().max(80),
    }),
  ],
  preview: {
    select: {from: 'from', to: 'to', note: 'note'},
    prepare: ({from, to, note}) => ({title: note ?? 'Closure', subtitle: from === to ? from : `${from} to ${to}`}),
  },
})

/** A self-pay price for one kind of care. */
export const selfPayRate = defineType({
  name: 'selfPayRate',
  title: 'Self-pay rate',
  type: 'object',
  fields: [
    defineField({
      name: 'label',
      title: 'What it is for',
      type: 'string',
      description: 'e.g. “Individual session (50 minutes)” or “IOP, per week”.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'amount',
      title: 'Price in US dollars',
      type: 'number',
      validation: (rule) => rule.required().min(0).precision(2),
    }),
  ],
  preview: {
    select: {label: 'label', amount: 'amount'},
    prepare: ({label, amount}) => ({title: label, subtitle: amount === undefined ? '' : `$${amount}`}),
  },
})
