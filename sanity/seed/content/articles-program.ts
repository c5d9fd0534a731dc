import type {ArticleSeed} from './article.ts'
import {seedInstant} from './dates.ts'

const takeFirstStep = {
  label: 'Take the first step',
  href: '/contact',
  text: 'Ask for a call back about the Intensive Outpatient Program. We will talk through what you need and whether the program fits.',
} as const

export const programArticles: ArticleSeed[] = [
  {
    slug: 'the-role-of-group-therapy-in-intensive-outpatient-programs',
    title: 'The Role of Group Therapy in Intensive Outpatient Programs',
    excerpt:
      'Why an Intensive Outpatient Program is built around groups, and what sitting in a circle with other people can do that an hour alone with a therapist cannot.',
    categories: ['group-therapy', 'intensive-outpatient'],
    author: 'maya-ellison',
    reviewedBy: 'andre-whitaker',
    publishedAt: seedInstant(-272, '14:00'),
    updatedAt: seedInstant(-96, '15:30'),
    image: {asset: 'circle', alt: 'Seven soft-colored circles arranged in a ring on a pale background'},
    body: [
      [
        'p',
        'People often arrive at an Intensive Outpatient Program (IOP) expecting most of their time to be spent with a single therapist. In our program the center of gravity is the group. Several mornings a week, the same small circle of people meets to practice skills, talk honestly and notice change in one another. This article explains why we build the program that way, and what group work offers people in mental health and addiction recovery.',
      ],
      ['h2', 'A bridge, not a waiting room'],
      [
        'p',
        'An IOP sits between inpatient care and ordinary life. You sleep at home, keep many of your commitments, and still get several hours of structured treatment each week. That middle ground is where a lot of recovery either takes root or quietly slips. Group therapy helps it take root, because the group becomes a place to bring the week’s real events while they are still fresh.',
      ],
      ['h2', 'What a group gives you'],
      ['h3', 'Proof that you are not the only one'],
      [
        'p',
        'Shame tends to insist that your struggle is unusual. Hearing someone else describe the exact thought you were sure nobody else had is one of the quickest ways to loosen that grip. It is not advice that does it; it is recognition.',
      ],
      ['h3', 'A safe place to practice'],
      [
        'p',
        'Saying “I disagree”, asking for help, or setting a limit can feel impossible with the people in your life. In group you can try those things with people who are practicing too, and with a clinician there to slow things down when it gets hard.',
      ],
      ['h3', 'Accountability without judgment'],
      [
        'p',
        'Members notice when someone goes quiet or misses a session, and they say so kindly. Many clients tell us that knowing the group will ask how the week went is what got them through a difficult Thursday.',
      ],
      ['h3', 'Many ways of seeing the same problem'],
      [
        'p',
        'A circle of people brings a range of ages, backgrounds and histories. The strategy that finally works for you may come from the person you least expected to learn from.',
      ],
      ['h2', 'Building bonds in outpatient care'],
      ['p', 'What members most often name, looking back, comes down to a few things:'],
      [
        'ul',
        [
          '**Belonging.** A regular place where you are expected and missed.',
          '**Less isolation.** Saying hard things out loud, and hearing them received.',
          '**Mutual support.** Giving help turns out to be as healing as receiving it.',
          '**Shared growth.** Watching others change makes your own change feel possible.',
        ],
      ],
      [
        'callout',
        {
          tone: 'note',
          title: 'Group and individual work together',
          text: 'Everyone in the IOP also meets one to one with a clinician. Group is the main course, not the only one.',
        },
      ],
      ['h2', 'From isolation to connection'],
      [
        'p',
        'Isolation and addiction or depression feed each other. Group interrupts that loop on purpose: it gives you somewhere to be, people to be honest with, and a mirror for patterns that are hard to see alone. Over weeks, the skills practiced in the room (listening, naming feelings, repairing after conflict) start to show up at home and at work.',
      ],
      [
        'p',
        'If you would like to understand a typical week, read [what a week in the IOP looks like](post:what-a-week-in-iop-looks-like).',
      ],
      ['cta', takeFirstStep],
    ],
  },
  {
    slug: 'what-a-week-in-iop-looks-like',
    title: 'What a Week in Our Intensive Outpatient Program Looks Like',
    excerpt:
      'Mornings, groups, one-to-one sessions and the time in between: a plain walk through the rhythm of a typical week in the IOP.',
    categories: ['intensive-outpatient'],
    author: 'maya-ellison',
    publishedAt: seedInstant(-244, '13:00'),
    image: {asset: 'ridge', alt: 'Layered blue mountain ridges under a pale morning sky'},
    body: [
      [
        'p',
        'Not knowing what to expect keeps many people from starting treatment. This is an honest outline of how a week in our Intensive Outpatient Program is shaped. Exact times are agreed with you when you start, and the office can confirm the current schedule.',
      ],
      ['h2', 'The shape of a week'],
      [
        'ol',
        [
          'Three or more group sessions a week, each about three hours, with a short break.',
          'One individual session with your primary clinician.',
          [
            'Regular check-ins on how the plan is working:',
            ['what has helped since last week', 'what has been hard', 'what to adjust'],
          ],
        ],
      ],
      ['h2', 'Inside a group day'],
      ['h3', 'Arriving and checking in'],
      [
        'p',
        'Each session opens with a short check-in. You say how you are arriving, in as many or as few words as you like. Nobody is made to share more than they want to.',
      ],
      ['h3', 'Skills and process'],
      [
        'p',
        'Part of the time is spent learning a skill, such as a way to ride out a craving or to calm the body during panic. The rest is process group, where members bring what is actually happening in their lives and work on it together.',
      ],
      ['h3', 'Closing'],
      [
        'p',
        'Sessions end with a plan for the next day or two. Leaving with one concrete next step makes the time between sessions less daunting.',
      ],
      ['h2', 'The time in between'],
      [
        'p',
        'Most of recovery happens outside the building. Between sessions you will try things out, notice what gets in the way and bring it back. That rhythm of practice and reflection is what makes an outpatient program work.',
      ],
      [
        'quote',
        'The program fits around your life, so the changes you make are made in your life, not somewhere else.',
      ],
      ['cta', takeFirstStep],
    ],
  },
  {
    slug: 'stepping-down-from-inpatient-care',
    title: 'Stepping Down from Inpatient Care Without Losing Your Footing',
    excerpt:
      'Leaving a hospital or residential program is a big change. How an Intensive Outpatient Program can carry the work forward while you return to daily life.',
    categories: ['intensive-outpatient', 'recovery'],
    author: 'andre-whitaker',
    publishedAt: seedInstant(-202, '13:00'),
    image: {asset: 'path', alt: 'A gentle path winding between green hills toward a soft yellow horizon'},
    body: [
      [
        'p',
        'The days after discharge from inpatient or residential care can feel oddly quiet. The structure that held you is suddenly gone, and the people and places that were part of the difficulty are still there. Stepping down to an Intensive Outpatient Program keeps some of that structure while you rebuild your own.',
      ],
      ['h2', 'Why the step matters'],
      [
        'p',
        'Going straight from round-the-clock care to a single weekly appointment is a steep drop. An IOP makes the slope gentler. You keep several hours of treatment each week, and you get to test new habits at home with support close at hand.',
      ],
      ['h2', 'Making the handover smooth'],
      [
        'ul',
        [
          'Ask your inpatient team to send a discharge summary, with your consent.',
          'Book an intake before you leave, so there is no gap of weeks.',
          'Bring your medication list and any safety plan you made.',
          'Tell someone at home which days you attend, so they can help protect that time.',
        ],
      ],
      [
        'callout',
        {
          tone: 'tip',
          title: 'If there is a gap',
          text: 'If you have to wait to start, ask us about what support is available in the meantime, and keep 988 in your phone.',
        },
      ],
      ['h2', 'What changes as you progress'],
      [
        'p',
        'As you settle, the program gradually hands more of the work back to you. Many people later step down again, to weekly individual therapy or an ongoing group, once the gains feel steady.',
      ],
      ['cta', takeFirstStep],
    ],
  },
  {
    slug: 'knowing-when-you-need-more-support',
    title: 'Knowing When You Need More Support',
    excerpt:
      'Signs that weekly therapy may not be enough for now, how to talk about them, and where to turn straight away if you are thinking about suicide.',
    categories: ['intensive-outpatient', 'coping-skills'],
    author: 'maya-ellison',
    reviewedBy: 'andre-whitaker',
    contentWarning: true,
    publishedAt: seedInstant(-104, '13:00'),
    image: {asset: 'dawn', alt: 'A low orange sun rising over calm water in muted colors'},
    body: [
      [
        'callout',
        {
          tone: 'important',
          title: 'If you are in crisis now',
          text: 'Call or text 988 to reach the 988 Suicide & Crisis Lifeline at any hour, or call 911 in an emergency.',
        },
      ],
      [
        'p',
        'Needing more help is not a failure of willpower. Symptoms rise and fall, and sometimes the level of care that worked last year is not enough this season. Recognizing that early makes the next step easier.',
      ],
      ['h2', 'Signs it may be time'],
      [
        'ul',
        [
          'You are missing work, school or family commitments most weeks.',
          'Drinking or using has increased, or you have returned to use after a period without.',
          'Sleep, eating or basic self-care have fallen away for more than a couple of weeks.',
          'Your current therapist has suggested more support.',
          'You are having thoughts of ending your life, even fleetingly.',
        ],
      ],
      ['h2', 'How to bring it up'],
      [
        'p',
        'You do not need the right words. “Things are harder than I have been saying” is enough to start a conversation with your therapist, doctor or someone you trust. You can also ask us directly whether the IOP would suit you; we will tell you honestly if another level of care would fit better.',
      ],
      ['h2', 'What more support can look like'],
      [
        'p',
        'An Intensive Outpatient Program offers several sessions a week while you live at home. For some people a short inpatient stay is safer first. Either way, the aim is the same: enough support to get steady, then a gradual return to everyday care.',
      ],
      ['cta', {label: 'Talk to us about the IOP', href: '/contact'}],
    ],
  },
]
