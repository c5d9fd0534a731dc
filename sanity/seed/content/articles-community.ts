import type {ArticleSeed} from './article.ts'
import {seedInstant} from './dates.ts'

export const communityArticles: ArticleSeed[] = [
  {
    slug: 'why-a-bipoc-group-matters',
    title: 'Why a BIPOC Group Matters for Collective Healing',
    excerpt:
      'A group where Black, Indigenous and People of Color do not have to translate their experience first, and why that changes what healing can look like.',
    categories: ['bipoc-community-care', 'group-therapy'],
    author: 'andre-whitaker',
    publishedAt: seedInstant(-188, '13:00'),
    image: {asset: 'leaves', alt: 'Overlapping leaves in deep green, ocher and rust tones'},
    body: [
      [
        'p',
        'Many Black, Indigenous and People of Color who come to therapy carry a second load on top of the first: the work of explaining racism, cultural context or family expectations to a room that may not share them. Our BIPOC group is designed to set that load down.',
      ],
      ['h2', 'Starting from shared ground'],
      [
        'p',
        'In a group of people with related experiences, conversations can begin where they actually are. Members describe not having to prove that something happened, or soften it so that others stay comfortable. That saves energy for the work itself.',
      ],
      ['h2', 'Healing that is collective'],
      [
        'p',
        'For many communities, wellbeing has always been a shared matter: family, faith, neighborhood and history are part of it. A group honors that. It treats resilience as something built together, and treats the harms of racism as real, not as a private problem to be managed alone.',
      ],
      ['h3', 'What members often work on'],
      [
        'ul',
        [
          'Stress and exhaustion from discrimination at work, school or in care',
          'Navigating family expectations and generational patterns',
          'Grief, including collective grief after events in the news',
          'Finding rest and joy as acts of care, not indulgence',
        ],
      ],
      ['quote', 'You do not have to leave any part of yourself at the door.'],
      ['h2', 'Joining the group'],
      [
        'p',
        'The BIPOC group is part of our Intensive Outpatient Program and is facilitated by a clinician of color. If you are unsure whether it is right for you, ask; we are glad to talk it through.',
      ],
      ['cta', {label: 'Ask about the BIPOC group', href: '/contact'}],
    ],
  },
  {
    slug: 'grounding-skills-for-hard-moments',
    title: 'Five Grounding Skills for Hard Moments',
    excerpt:
      'Simple, portable ways to steady your body and mind when anxiety, cravings or old memories pull you out of the present.',
    categories: ['coping-skills'],
    author: 'jordan-reyes',
    publishedAt: seedInstant(-146, '13:00'),
    image: {asset: 'ridge', alt: 'Layered blue mountain ridges under a pale morning sky'},
    body: [
      [
        'p',
        'Grounding skills bring your attention back to the here and now. They do not solve the problem that set you off, but they lower the temperature enough to think clearly. We practice these in skills group; here is a short version to try on your own.',
      ],
      ['h2', 'Five to try'],
      [
        'ol',
        [
          '**Name what you see.** Quietly list five things in view, with a detail for each.',
          '**Feet on the floor.** Press your feet down and notice the pressure, the temperature, the texture of your socks.',
          '**Slow exhale.** Breathe in for a count of four and out for six. The longer out-breath tells your body it is safe.',
          '**Cold water.** Hold something cold, or run cool water over your wrists.',
          '**Say where and when you are.** “It is Tuesday afternoon. I am in my kitchen. I am safe right now.”',
        ],
      ],
      [
        'callout',
        {
          tone: 'tip',
          title: 'Practice when calm',
          text: 'Skills work best in a crisis if you have rehearsed them on ordinary days. Pick one and try it daily for a week.',
        },
      ],
      ['h2', 'When grounding is not enough'],
      [
        'p',
        'If you find yourself reaching for these every day just to get by, that is useful information. Read [knowing when you need more support](post:knowing-when-you-need-more-support), or talk to your clinician.',
      ],
      ['cta', {label: 'Learn about skills groups', href: '/contact'}],
    ],
  },
  {
    slug: 'your-first-group-session',
    title: 'Your First Group Session: What to Expect',
    excerpt:
      'Nervous about your first group? What happens in the first session, what you do and do not have to share, and how confidentiality works.',
    categories: ['group-therapy'],
    author: 'jordan-reyes',
    publishedAt: seedInstant(-76, '13:00'),
    image: {asset: 'circle', alt: 'Seven soft-colored circles arranged in a ring on a pale background'},
    body: [
      [
        'p',
        'Almost everyone is nervous before their first group. That is normal, and the other members remember feeling the same. Here is what the first session usually involves.',
      ],
      ['h2', 'Before you walk in'],
      [
        'p',
        'You will have met your clinician at intake, so at least one face will be familiar. Arrive a few minutes early if you can; it helps to settle before things begin.',
      ],
      ['h2', 'In the room'],
      [
        'ul',
        [
          'The facilitator introduces the group’s agreements, including confidentiality.',
          'Members introduce themselves with a first name and as much or as little as they like.',
          'You may pass on any question. Listening is a full way to take part.',
        ],
      ],
      ['h3', 'Confidentiality'],
      [
        'p',
        'Members agree that what is said in group stays in group. Clinicians are bound by law and professional ethics; your facilitator will explain the few legal exceptions, such as an immediate risk to someone’s safety.',
      ],
      ['h2', 'After the first session'],
      [
        'p',
        'It is common to feel tired or a bit raw afterwards. Plan something gentle for the rest of the day. By the third or fourth session, most people say the room feels different: less like strangers, more like a team.',
      ],
      ['cta', {label: 'Take the first step', href: '/contact'}],
    ],
  },
  {
    slug: 'empathy-and-compassion-in-care',
    title: 'Empathy and Compassion in Care',
    excerpt:
      'Why the way people are treated in a program matters as much as the methods used, and how we try to put warmth into every part of the day.',
    categories: ['recovery', 'group-therapy'],
    author: 'andre-whitaker',
    publishedAt: seedInstant(-48, '13:00'),
    image: {asset: 'leaves', alt: 'Overlapping leaves in deep green, ocher and rust tones'},
    body: [
      [
        'p',
        'Research on therapy keeps returning to one finding: the relationship between client and clinician is among the strongest predictors of whether treatment helps. Techniques matter, but they land best with people who feel understood.',
      ],
      ['h2', 'What empathy looks like in practice'],
      [
        'ul',
        [
          'Listening to understand before offering anything.',
          'Assuming people are doing the best they can with what they have.',
          'Being honest, including about what we cannot do.',
        ],
      ],
      ['h2', 'Compassion for yourself'],
      [
        'p',
        'Many people in recovery are far harder on themselves than they would be on a friend. Part of group work is practicing a kinder inner voice, often by hearing how others speak to you and slowly borrowing their words.',
      ],
      ['cta', {label: 'Talk with our team', href: '/contact'}],
    ],
  },
  {
    slug: 'rest-and-sleep-in-early-recovery',
    title: 'Rest and Sleep in Early Recovery',
    excerpt:
      'Why sleep is often rough in the first months of recovery, and small, realistic changes that help your nights and your days.',
    categories: ['coping-skills', 'recovery'],
    author: 'jordan-reyes',
    publishedAt: seedInstant(36, '14:00'),
    image: {asset: 'dawn', alt: 'A low orange sun rising over calm water in muted colors'},
    body: [
      [
        'p',
        'Poor sleep is one of the most common complaints in early recovery from depression, anxiety and substance use. The good news is that it usually improves, and a few steady habits speed that along.',
      ],
      ['h2', 'Small changes that add up'],
      [
        'ul',
        [
          'Keep the same wake-up time, even after a bad night.',
          'Use the bed for sleep, not for scrolling or worrying.',
          'Get outside light in the morning, even on cloudy Asheville days.',
          'Write tomorrow’s worries on paper an hour before bed.',
        ],
      ],
      ['cta', {label: 'Ask about our skills groups', href: '/contact'}],
    ],
  },
  {
    slug: 'talking-to-family-about-treatment',
    title: 'Talking to Family About Starting Treatment',
    excerpt:
      'How to tell the people close to you that you are starting an intensive program, and how they can help without taking over.',
    categories: ['recovery'],
    author: 'andre-whitaker',
    publishedAt: seedInstant(85, '14:00'),
    image: {asset: 'path', alt: 'A gentle path winding between green hills toward a soft yellow horizon'},
    draft: true,
    body: [
      [
        'p',
        'Draft: outline for a piece on telling family about treatment. Sections to write: choosing what to share, asking for practical help, and setting limits on questions.',
      ],
    ],
  },
]
