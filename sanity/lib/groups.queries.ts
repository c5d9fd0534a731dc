import {defineQuery} from 'groq'
import {z} from 'zod'
import {ADMISSION_KINDS, ENROLLMENT_STATUSES, GROUP_FORMATS, values} from '../../lib/practice/options.ts'
import type {Drift, NoDrift} from './drift.ts'
import {personRefFields} from './groq-fragments.ts'
import {personRefModel} from './models.ts'
import {listOf} from './parse.ts'
import {meetingModel} from './practice.queries.ts'
import type {GroupsQueryResult} from '../types.ts'

// Groups: every published group with a slug. Which of them a visitor sees at a given moment
// (not yet left, not started while closed) is decided in lib/practice/groups.ts, where the
// go-live schedule finds the same moments.

export const groupsQuery = defineQuery(`
  *[_type == "group" && defined(slug.current)] | order(title asc) {
    _id,
    title,
    "slug": slug.current,
    service,
    enrollment,
    admission,
    nextStart,
    meetings[]{days, start, end},
    format,
    lengthWeeks,
    audience,
    "facilitators": facilitators[]->{${personRefFields}},
    costNote,
    leavesAt
  }
`)

/** What decides when a group is on the site (lib/practice/groups.ts); the go-live schedule reads it too. */
export const groupTimesModel = z.object({
  enrollment: z.enum(values(ENROLLMENT_STATUSES)),
  admission: z.enum(values(ADMISSION_KINDS)),
  nextStart: z.iso.date().nullish(),
  leavesAt: z.iso.datetime({offset: true}).nullish(),
})

const groupModel = groupTimesModel.extend({
  _id: z.string(),
  title: z.string().min(1),
  slug: z.string().min(1),
  service: z.string().min(1),
  meetings: z.array(meetingModel).min(1),
  format: z.enum(values(GROUP_FORMATS)),
  lengthWeeks: z.number().int().positive().nullish(),
  audience: z.string().min(1),
  facilitators: z
    .array(personRefModel.nullable().catch(null))
    .nullish()
    .transform((list) => (list ?? []).filter((person): person is z.infer<typeof personRefModel> => person !== null)),
  costNote: z.string().nullish(),
})

export const groupsModel = listOf(groupModel, 'group')

export type Group = z.infer<typeof groupModel>

// Compile-time: the model reads exactly what the query returns (see drift.ts).
export type GroupsModelFitsItsQuery = NoDrift<Drift<GroupsQueryResult, typeof groupsModel>>
