import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {startTestLake, type TestLake} from '../../helpers/lake.ts'
import {validationMarkers} from '../../helpers/validation.ts'

// The mistakes the office can make in the Practice section, checked with Sanity's own validation:
// each case starts from a document that passes and breaks one thing.

const system = {_createdAt: '2026-01-01T00:00:00Z', _updatedAt: '2026-01-01T00:00:00Z', _rev: 'unsaved'}
const meeting = {_key: 'm1', _type: 'meeting', days: ['monday', 'wednesday'], start: '09:00', end: '12:00'}

const validGroup = {
  ...system,
  _id: 'group-validation-case',
  _type: 'group',
  title: 'IOP morning group',
  slug: {_type: 'slug', current: 'iop-validation-case'},
  service: 'intensive-outpatient-program',
  enrollment: 'open',
  admission: 'dated',
  nextStart: '2026-02-02',
  meetings: [meeting],
  format: 'office',
  lengthWeeks: 10,
  audience: 'Adults who need more than weekly therapy.',
  facilitators: [{_key: 'f1', _type: 'reference', _ref: 'clinician-maya-ellison'}],
  leavesAt: '2026-06-01T12:00:00Z',
}

const validDetails = {
  ...system,
  _id: 'practiceDetails',
  _type: 'practiceDetails',
  officeHours: [{_key: 'h1', _type: 'officeHours', days: ['monday'], opens: '08:30', closes: '18:00'}],
  closures: [{_key: 'c1', _type: 'closure', from: '2026-11-26', to: '2026-11-27', note: 'Thanksgiving'}],
  callBackPromise: 'within one business day',
  insuranceNote: 'Call us and we will check your plan.',
  telehealthOffered: true,
  telehealthStates: ['NC'],
}

const validClinician = {
  ...system,
  _id: 'clinician-validation-case',
  _type: 'clinician',
  name: 'Sam Rivera',
  slug: {_type: 'slug', current: 'sam-rivera-validation-case'},
  credentials: ['LCMHC'],
  acceptingClients: 'yes',
  acceptingFor: ['individual-therapy'],
  telehealth: true,
  licensedStates: ['NC'],
}

let t: TestLake

const problems = (document: Record<string, unknown>) => validationMarkers(t, document)

beforeAll(async () => {
  t = await startTestLake()
})
afterAll(() => t.stop())

describe('the Practice section', () => {
  it.each([
    ['group', validGroup],
    ['practiceDetails', validDetails],
    ['clinician', validClinician],
  ])('a well-filled %s passes', async (_type, document) => {
    expect(await problems(document)).toEqual([])
  })

  it.each([
    [
      'a meeting that ends before it starts',
      {...validGroup, meetings: [{...meeting, start: '12:00', end: '09:00'}]},
      'meetings.end',
      'The meeting ends (09:00) before it starts (12:00).',
    ],
    [
      'a meeting with no day',
      {...validGroup, meetings: [{...meeting, days: []}]},
      'meetings.days',
      'Choose at least one day for the meeting.',
    ],
    [
      'a group with no meetings',
      {...validGroup, meetings: []},
      'meetings',
      'A group needs at least one weekly meeting: add its days and times.',
    ],
    [
      'a dated group with no start',
      {...validGroup, nextStart: undefined, leavesAt: undefined},
      'nextStart',
      'Give the date the next group starts, or choose rolling admission.',
    ],
    [
      'a group that leaves before it starts',
      {...validGroup, leavesAt: '2026-01-30T12:00:00Z'},
      'leavesAt',
      'The group leaves the site (2026-01-30) before it starts (2026-02-02).',
    ],
    [
      'telehealth offered with no state',
      {...validDetails, telehealthStates: []},
      'telehealthStates',
      'Telehealth is offered: choose the states clients may join from.',
    ],
    [
      'a closure that ends before it starts',
      {...validDetails, closures: [{...validDetails.closures[0], from: '2026-11-27', to: '2026-11-26'}]},
      'closures.to',
      'The closure ends (2026-11-26) before it starts (2026-11-27).',
    ],
    [
      'office hours that close before they open',
      {...validDetails, officeHours: [{...validDetails.officeHours[0], opens: '18:00', closes: '08:30'}]},
      'officeHours.closes',
      'The office day ends (08:30) before it starts (18:00).',
    ],
    [
      'a clinician on telehealth licensed nowhere',
      {...validClinician, licensedStates: []},
      'licensedStates',
      'Telehealth is offered: choose the states clients may join from.',
    ],
  ])('refuses %s, with the reason at the field', async (_case, document, path, message) => {
    expect(await problems(document)).toEqual([{level: 'error', path, message}])
  })
})
