import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {startTestLake, type TestLake} from '../../helpers/lake.ts'
import {validationMarkers} from '../../helpers/validation.ts'

// Every rule a clinician can trip in the Studio, checked with Sanity's own validation against
// the seeded lake (slug uniqueness and references need a dataset to ask). Each case starts from
// a document that passes and breaks one thing, so a rule that stops firing fails its own case.

const system = {_createdAt: '2026-01-01T00:00:00Z', _updatedAt: '2026-01-01T00:00:00Z', _rev: 'unsaved'}
// The asset id is filled in from the lake before the tests run: references must resolve.
const image = {_type: 'accessibleImage', asset: {_type: 'reference', _ref: ''}, alt: 'A quiet room with two chairs'}
const block = (text: string, markDefs: object[] = [], marks: string[] = []) => ({
  _type: 'block',
  _key: 'b1',
  style: 'normal',
  markDefs,
  children: [{_type: 'span', _key: 's1', text, marks}],
})

const validPost = {
  ...system,
  _id: 'post-validation-case',
  _type: 'post',
  title: 'A new article',
  slug: {_type: 'slug', current: 'a-new-article-for-validation'},
  excerpt: 'Short and clear.',
  mainImage: image,
  body: [
    block(
      'The first group session can feel strange. You sit in a circle with people you have never met, and nobody expects you to speak until you are ready.',
    ),
  ],
  categories: [{_type: 'reference', _key: 'c1', _ref: 'category-recovery'}],
  author: {_type: 'reference', _ref: 'clinician-maya-ellison'},
  publishedAt: '2026-03-01T09:00:00Z',
  seo: {
    title: 'A new article',
    description: 'What happens in a first group therapy session, and how to settle in when you feel unsure.',
    noindex: false,
  },
}

const MENTIONS_SUICIDE =
  'Thoughts of suicide can come and go, and they are a reason to reach out, not a reason for shame.'
const CRISIS_BLOCK = {_type: 'crisisResources', _key: 'cr1'}

const validClinician = {
  ...system,
  _id: 'clinician-validation-case',
  _type: 'clinician',
  name: 'Sam Rivera',
  slug: {_type: 'slug', current: 'sam-rivera'},
  credentials: ['LCMHC'],
  licenseNumber: '12345',
  photo: image,
}

const validCategory = {
  ...system,
  _id: 'category-validation-case',
  _type: 'category',
  title: 'Family',
  slug: {_type: 'slug', current: 'family'},
}

const validSettings = {
  ...system,
  _id: 'siteSettings',
  _type: 'siteSettings',
  practiceName: 'Resilient Mind Counseling PLLC',
  address: {street: '1 Example St', city: 'Asheville', state: 'NC', postalCode: '28801'},
  phone: '(828) 555-0142',
  clientPortalUrl: 'https://portal.example.org',
}

type Level = 'error' | 'warning'
type Case = {rule: string; document: Record<string, unknown>; path: string; level: Level; message?: RegExp}

const cases: Case[] = [
  // Articles
  {
    rule: 'post title is required',
    document: {...validPost, title: undefined},
    path: 'title',
    level: 'error',
    message: /needs a title/,
  },
  {
    rule: 'post slug is required',
    document: {...validPost, slug: undefined},
    path: 'slug.current',
    level: 'error',
    message: /Required/,
  },
  {
    rule: 'post slug is unique',
    document: {...validPost, slug: {_type: 'slug', current: 'your-first-group-session'}},
    path: 'slug',
    level: 'warning',
    message: /already in use/i,
  },
  {
    rule: 'excerpt is at most 200 characters',
    document: {...validPost, excerpt: 'x'.repeat(201)},
    path: 'excerpt',
    level: 'error',
    message: /200 characters/,
  },
  {
    rule: 'main image needs alt text',
    document: {...validPost, mainImage: {...image, alt: undefined}},
    path: 'mainImage.alt',
    level: 'error',
    message: /alternative text/,
  },
  {
    rule: 'at least one category',
    document: {...validPost, categories: []},
    path: 'categories',
    level: 'error',
    message: /at least one category/,
  },
  {
    rule: 'categories are required',
    document: {...validPost, categories: undefined},
    path: 'categories',
    level: 'error',
    message: /at least one category/,
  },
  {
    rule: 'author is required',
    document: {...validPost, author: undefined},
    path: 'author',
    level: 'error',
    message: /clinician who wrote/,
  },
  {
    rule: 'publishedAt is required',
    document: {...validPost, publishedAt: undefined},
    path: 'publishedAt',
    level: 'error',
    message: /goes live/,
  },
  {
    rule: 'updatedAt is not before publishedAt',
    document: {...validPost, updatedAt: '2026-02-01T00:00:00Z'},
    path: 'updatedAt',
    level: 'error',
    message: /before the publish date/,
  },
  {
    rule: 'SEO title over 60 characters warns',
    document: {...validPost, seo: {...validPost.seo, title: 't'.repeat(61)}},
    path: 'seo.title',
    level: 'warning',
    message: /60 characters/,
  },
  {
    rule: 'SEO description over 160 characters warns',
    document: {...validPost, seo: {...validPost.seo, description: 'd'.repeat(161)}},
    path: 'seo.description',
    level: 'warning',
    message: /160 characters/,
  },
  {
    rule: 'body image needs alt text',
    document: {...validPost, body: [{...image, _key: 'i1', alt: ''}]},
    path: 'body.alt',
    level: 'error',
    message: /alternative text/,
  },
  {
    rule: 'body link needs a safe scheme',
    document: {
      ...validPost,
      body: [block('See this', [{_type: 'link', _key: 'l1', href: 'javascript:alert(1)'}], ['l1'])],
    },
    path: 'body.markDefs.href',
    level: 'error',
  },
  {
    rule: 'call to action needs a label',
    document: {...validPost, body: [{_type: 'callToAction', _key: 'a1', href: '/contact'}]},
    path: 'body.label',
    level: 'error',
    message: /short label/,
  },
  {
    rule: 'call to action link must be a path or https',
    document: {...validPost, body: [{_type: 'callToAction', _key: 'a1', label: 'Call', href: 'http://example.org'}]},
    path: 'body.href',
    level: 'error',
    message: /site path/,
  },
  {
    rule: 'an article about suicide needs crisis resources',
    document: {...validPost, body: [block(MENTIONS_SUICIDE)]},
    path: 'body',
    level: 'error',
    message: /crisis resources/,
  },
  {
    rule: 'stigmatizing wording warns with its alternative',
    document: {...validPost, body: [block(`${MENTIONS_SUICIDE} Her brother committed suicide.`), CRISIS_BLOCK]},
    path: 'body',
    level: 'warning',
    message: /"died by suicide"/,
  },
  {
    rule: 'a skipped heading level warns',
    document: {...validPost, body: [{...block('Where to begin'), style: 'h3'}, block('Text.')]},
    path: 'body',
    level: 'warning',
    message: /level 3 heading after level 1/,
  },
  {
    rule: 'vague link text warns',
    document: {
      ...validPost,
      body: [block('click here', [{_type: 'link', _key: 'l1', href: 'https://example.org'}], ['l1'])],
    },
    path: 'body',
    level: 'warning',
    message: /does not say where it goes/,
  },
  {
    rule: 'SEO description under 70 characters warns',
    document: {...validPost, seo: {...validPost.seo, description: 'Too short.'}},
    path: 'seo.description',
    level: 'warning',
    message: /70 characters/,
  },
  {
    rule: 'callout needs text',
    document: {...validPost, body: [{_type: 'callout', _key: 'o1', tone: 'info'}]},
    path: 'body.text',
    level: 'error',
    message: /needs its text/,
  },
  // Clinicians
  {
    rule: 'clinician name is required',
    document: {...validClinician, name: undefined},
    path: 'name',
    level: 'error',
    message: /needs a name/,
  },
  {
    rule: 'clinician slug is required',
    document: {...validClinician, slug: undefined},
    path: 'slug.current',
    level: 'error',
    message: /Required/,
  },
  {
    rule: 'at least one credential',
    document: {...validClinician, credentials: []},
    path: 'credentials',
    level: 'error',
    message: /at least one credential/,
  },
  {
    rule: 'credentials come from the list',
    document: {...validClinician, credentials: ['LCMHC', 'Guru']},
    path: 'credentials',
    level: 'error',
    message: /Guru/,
  },
  {
    rule: 'an LCMHCA names a supervisor',
    document: {...validClinician, credentials: ['LCMHCA']},
    path: 'supervisor',
    level: 'error',
    message: /supervisor/,
  },
  {
    rule: 'an LCSWA names a supervisor',
    document: {...validClinician, credentials: ['LCSWA']},
    path: 'supervisor',
    level: 'error',
    message: /supervisor/,
  },
  {
    rule: 'clinician photo needs alt text',
    document: {...validClinician, photo: {...image, alt: undefined}},
    path: 'photo.alt',
    level: 'error',
    message: /alternative text/,
  },
  // Categories
  {
    rule: 'category title is required',
    document: {...validCategory, title: undefined},
    path: 'title',
    level: 'error',
    message: /needs a title/,
  },
  {
    rule: 'category slug is required',
    document: {...validCategory, slug: undefined},
    path: 'slug.current',
    level: 'error',
    message: /Required/,
  },
  // Site settings
  {
    rule: 'practice name is required',
    document: {...validSettings, practiceName: undefined},
    path: 'practiceName',
    level: 'error',
  },
  {
    rule: 'address needs a street',
    document: {...validSettings, address: {...validSettings.address, street: undefined}},
    path: 'address.street',
    level: 'error',
  },
  {
    rule: 'phone looks like a phone number',
    document: {...validSettings, phone: 'call us!'},
    path: 'phone',
    level: 'error',
    message: /phone number/,
  },
  {
    rule: 'client portal is https',
    document: {...validSettings, clientPortalUrl: 'http://portal.example.org'},
    path: 'clientPortalUrl',
    level: 'error',
  },
]

let t: TestLake

const markersFor = (document: Record<string, unknown>) => validationMarkers(t, document)

beforeAll(async () => {
  t = await startTestLake()
  image.asset._ref = await t.client.fetch<string>(`*[_type == "sanity.imageAsset"][0]._id`, {}, {perspective: 'raw'})
})
afterAll(() => t.stop())

describe('validation baselines', () => {
  it.each([
    ['post', validPost],
    ['clinician', validClinician],
    ['category', validCategory],
    ['siteSettings', validSettings],
  ])('a well-filled %s has no errors or warnings', async (_type, document) => {
    expect(await markersFor(document)).toEqual([])
  })

  it('an article about suicide passes with the crisis resources block, or with 988 in its text', async () => {
    for (const body of [
      [block(MENTIONS_SUICIDE), CRISIS_BLOCK],
      [block(`${MENTIONS_SUICIDE} Call or text 988 at any hour.`)],
    ]) {
      expect(await markersFor({...validPost, body})).toEqual([])
    }
  })

  it('an associate who names a supervisor passes', async () => {
    const document = {
      ...validClinician,
      credentials: ['LCMHCA'],
      supervisor: {_type: 'reference', _ref: 'clinician-maya-ellison'},
    }
    expect(await markersFor(document)).toEqual([])
  })
})

describe('each validation rule explains itself', () => {
  it.each(cases.map((c) => [c.rule, c] as const))('%s', async (_rule, {document, path, level, message}) => {
    const markers = await markersFor(document)
    expect(markers).toContainEqual(
      expect.objectContaining({path, level, ...(message ? {message: expect.stringMatching(message)} : {})}),
    )
  })
})
