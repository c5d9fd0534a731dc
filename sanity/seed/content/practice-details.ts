import {seedDay} from './dates.ts'

// The Practice section's examples. Every document here carries `unconfirmed: true`, which the
// Studio shows as "Example values: confirm before launch": the office checks each field (hours,
// prices, plans, schedules) and turns it off. Dates are days from the week the lake loads the
// seed (dates.ts), so the next starts stay ahead.

export const practiceDetails = {
  unconfirmed: true,
  officeHours: [
    {days: ['monday', 'tuesday', 'wednesday', 'thursday'], opens: '08:30', closes: '18:00'},
    {days: ['friday'], opens: '08:30', closes: '15:00'},
  ],
  closures: [{from: seedDay(24), to: seedDay(24), note: 'Staff training day'}],
  callBackPromise: 'within one business day',
  insurancePlans: ['Blue Cross NC', 'Aetna', 'Cigna', 'Medicare'],
  insuranceNote:
    'Call the office before your first visit and we will check your benefits with you, including what your plan asks you to pay for the IOP.',
  selfPayRates: [
    {label: 'First appointment (intake, 60 minutes)', amount: 180},
    {label: 'Individual session (50 minutes)', amount: 140},
    {label: 'Therapy group (90 minutes)', amount: 60},
    {label: 'Intensive Outpatient Program, per week', amount: 600},
  ],
  slidingScale: true,
  slidingScaleNote: 'A limited number of reduced-fee places, based on household income. Ask the office.',
  telehealthOffered: true,
  telehealthStates: ['NC'],
  directions: 'Downtown Asheville, on Clayton Street. The building has an elevator to the third floor.',
  parking: 'Street parking and nearby public garages; the office will share the best option when you book.',
  location: {lat: 35.5946, lng: -82.5566},
}

export type GroupSeed = {
  slug: string
  title: string
  service: string
  enrollment: 'open' | 'few-places' | 'waitlist' | 'closed'
  admission: 'dated' | 'rolling'
  nextStart?: string
  meetings: {days: string[]; start: string; end: string}[]
  format: 'office' | 'telehealth' | 'both'
  lengthWeeks?: number
  audience: string
  facilitators: string[]
  costNote: string
}

export const groups: GroupSeed[] = [
  {
    slug: 'iop-morning-group',
    title: 'IOP morning group',
    service: 'intensive-outpatient-program',
    enrollment: 'open',
    admission: 'dated',
    nextStart: seedDay(14),
    meetings: [{days: ['monday', 'wednesday', 'thursday'], start: '09:00', end: '12:00'}],
    format: 'office',
    lengthWeeks: 10,
    audience:
      'Adults with depression, anxiety, trauma or substance use who need more than weekly therapy and can live at home.',
    facilitators: ['maya-ellison', 'jordan-reyes'],
    costNote: 'Usually covered by insurance as intensive outpatient care; we check your plan before you start.',
  },
  {
    slug: 'iop-evening-group-online',
    title: 'IOP evening group (online)',
    service: 'intensive-outpatient-program',
    enrollment: 'few-places',
    admission: 'rolling',
    meetings: [{days: ['monday', 'tuesday', 'thursday'], start: '18:00', end: '21:00'}],
    format: 'telehealth',
    lengthWeeks: 10,
    audience: 'Adults in North Carolina who work or study during the day and need the full program in the evening.',
    facilitators: ['maya-ellison'],
    costNote: 'Usually covered by insurance as intensive outpatient care; self-pay per week is listed under fees.',
  },
  {
    slug: 'recovery-process-group',
    title: 'Recovery process group',
    service: 'group-therapy',
    enrollment: 'open',
    admission: 'rolling',
    meetings: [{days: ['tuesday'], start: '17:30', end: '19:00'}],
    format: 'both',
    audience: 'Adults in recovery from substance use who want a steady weekly group after the IOP or alongside it.',
    facilitators: ['jordan-reyes'],
    costNote: 'Billed as group therapy to most plans, or the self-pay group rate.',
  },
  {
    slug: 'bipoc-community-group',
    title: 'BIPOC community group',
    service: 'bipoc-group-therapy',
    enrollment: 'few-places',
    admission: 'dated',
    nextStart: seedDay(9),
    meetings: [{days: ['wednesday'], start: '18:00', end: '19:30'}],
    format: 'both',
    lengthWeeks: 12,
    audience:
      'Black, Indigenous and People of Color who want a space to talk about stress, identity and healing with others who share it.',
    facilitators: ['andre-whitaker'],
    costNote: 'Billed as group therapy to most plans; reduced-fee places are available.',
  },
]

/** Each seed clinician's availability, by slug. */
export const clinicianAvailability: Record<
  string,
  {acceptingClients: 'yes' | 'waitlist' | 'no'; acceptingFor: string[]; telehealth: boolean; licensedStates: string[]}
> = {
  'maya-ellison': {
    acceptingClients: 'yes',
    acceptingFor: ['intensive-outpatient-program', 'group-therapy'],
    telehealth: true,
    licensedStates: ['NC'],
  },
  'andre-whitaker': {
    acceptingClients: 'waitlist',
    acceptingFor: ['bipoc-group-therapy', 'individual-therapy'],
    telehealth: true,
    licensedStates: ['NC', 'SC'],
  },
  'jordan-reyes': {
    acceptingClients: 'yes',
    acceptingFor: ['group-therapy', 'individual-therapy'],
    telehealth: false,
    licensedStates: ['NC'],
  },
}
