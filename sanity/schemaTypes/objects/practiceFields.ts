import {defineArrayMember, defineField} from 'sanity'
import {formatClock, WEEKDAYS} from '../../../lib/practice/hours.ts'
import {US_STATES} from '../../../lib/practice/us-states.ts'
import {telehealthStatesProblem, timeSpanProblem, weekdaysProblem} from '../practice-rules.ts'

// Fields the practice's documents share: days of the week, times of day from a list (a typed
// "9.30" or "9:30am" would be a mistake only a developer could see), and US states.

const QUARTER_HOURS = Array.from({length: (22 - 6) * 4 + 1}, (_, i) => {
  const minutes = 6 * 60 + i * 15
  const value = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
  return {title: formatClock(value), value}
})

export const weekdaysField = (name: string, title: string, what: string) =>
  defineField({
    name,
    title,
    type: 'array',
    of: [defineArrayMember({type: 'string'})],
    options: {
      list: WEEKDAYS.map((day) => ({title: day[0].toUpperCase() + day.slice(1), value: day})),
      layout: 'grid',
    },
    validation: (rule) => rule.custom((days: string[] | undefined) => weekdaysProblem(days, what)),
  })

export const timeField = (name: string, title: string) =>
  defineField({name, title, type: 'string', options: {list: QUARTER_HOURS}})

/**
 * The end of a day's span (a meeting's end, the office's closing time): it must come after the
 * start field beside it. The message sits at the end field, where the mistake is made.
 */
export const spanEndField = (name: string, title: string, startField: string, what: string) =>
  defineField({
    name,
    title,
    type: 'string',
    options: {list: QUARTER_HOURS},
    validation: (rule) =>
      rule.custom((end: string | undefined, context) => {
        const parent = context.parent as Record<string, string | undefined> | undefined
        return timeSpanProblem(parent?.[startField], end, what)
      }),
  })

type StatesField = {
  name: string
  title: string
  description: string
  group?: string
  /** The boolean field that makes a state required. */
  requiredWhen: string
  /** Hide the list while that field is off (it means nothing then). */
  hiddenUnlessRequired?: boolean
}

/** US states, required when the boolean field `requiredWhen` is on. */
export const statesField = ({name, title, description, group, requiredWhen, hiddenUnlessRequired}: StatesField) =>
  defineField({
    name,
    title,
    type: 'array',
    description,
    ...(group ? {group} : {}),
    of: [defineArrayMember({type: 'string'})],
    options: {list: Object.entries(US_STATES).map(([value, title]) => ({title, value}))},
    hidden: ({document}) => Boolean(hiddenUnlessRequired) && !document?.[requiredWhen],
    validation: (rule) =>
      rule.custom((states: string[] | undefined, context) =>
        telehealthStatesProblem(Boolean(context.document?.[requiredWhen]), states),
      ),
  })
