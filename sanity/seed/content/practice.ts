import type {BlockSpec} from '../portable-text.ts'

// The practice's name, address and programs are real; the phone and email below are
// placeholders for the office to replace in Site settings. Hours, fees and groups are in
// practice-details.ts.
export const settings = {
  practiceName: 'Resilient Mind Counseling PLLC',
  tagline: 'Group-centered intensive outpatient care in downtown Asheville',
  address: {street: '41 Clayton St.', suite: '#300', city: 'Asheville', state: 'NC', postalCode: '28801'},
  phone: '(828) 555-0142',
  email: 'hello@resilientmind.example',
}

export const categories = [
  {
    slug: 'group-therapy',
    title: 'Group therapy',
    description: 'How healing happens alongside other people, and what to expect in a group.',
  },
  {
    slug: 'intensive-outpatient',
    title: 'Intensive Outpatient Program',
    description: 'Structured, several-days-a-week care that fits around home, work and school.',
  },
  {
    slug: 'bipoc-community-care',
    title: 'BIPOC community care',
    description: 'Care shaped by and for Black, Indigenous and People of Color.',
  },
  {slug: 'coping-skills', title: 'Coping skills', description: 'Practical tools for hard days and ordinary ones.'},
  {
    slug: 'recovery',
    title: 'Recovery',
    description: 'Mental health and addiction recovery as a long, shared road.',
  },
]

// Seed clinicians are fictional examples, to be replaced with the practice's own team.
export type ClinicianSeed = {
  slug: string
  name: string
  credentials: string[]
  licenseNumber: string
  supervisor?: string
  photo: {asset: string; alt: string}
  specialties: string[]
  bio: BlockSpec[]
}

export const clinicians: ClinicianSeed[] = [
  {
    slug: 'maya-ellison',
    name: 'Maya Ellison',
    credentials: ['LCMHCS'],
    licenseNumber: 'S-0000-EXAMPLE',
    photo: {asset: 'portrait-maya', alt: 'Illustrated portrait badge with the initials M E'},
    specialties: ['Group therapy', 'Intensive outpatient care', 'Co-occurring disorders'],
    bio: [
      [
        'p',
        'Maya leads the Intensive Outpatient Program and supervises the clinical team. She has spent most of her career running groups, and still finds the moment a quiet member speaks up for the first time to be the best part of the work.',
      ],
      ['p', 'She is a Licensed Clinical Mental Health Counselor Supervisor in North Carolina.'],
    ],
  },
  {
    slug: 'andre-whitaker',
    name: 'Andre Whitaker',
    credentials: ['LCSW'],
    licenseNumber: 'C-0000-EXAMPLE',
    photo: {asset: 'portrait-andre', alt: 'Illustrated portrait badge with the initials A W'},
    specialties: ['BIPOC group therapy', 'Trauma-informed care', 'Family systems'],
    bio: [
      [
        'p',
        'Andre facilitates the BIPOC group and sees individual clients. His approach starts from the belief that people heal best when they do not have to explain or defend who they are.',
      ],
      ['p', 'He is a Licensed Clinical Social Worker.'],
    ],
  },
  {
    slug: 'jordan-reyes',
    name: 'Jordan Reyes',
    credentials: ['LCMHCA'],
    licenseNumber: 'A-0000-EXAMPLE',
    supervisor: 'maya-ellison',
    photo: {asset: 'portrait-jordan', alt: 'Illustrated portrait badge with the initials J R'},
    specialties: ['Coping skills groups', 'Anxiety', 'Young adults'],
    bio: [
      [
        'p',
        'Jordan co-facilitates skills groups in the IOP, with a focus on practical tools clients can use between sessions. Jordan is a Licensed Clinical Mental Health Counselor Associate, practicing under the supervision of Maya Ellison.',
      ],
    ],
  },
]
