import {afterAll, beforeAll, expect, it} from '@jest/globals'
import {startTestLake, TEST_TOKEN, type TestLake} from '../../helpers/lake.ts'

// The redirects kept in the Studio, as proxy.ts reads them from a real lake.
let t: TestLake
let redirectFor: typeof import('../../../sanity/lib/redirects.ts').redirectFor

beforeAll(async () => {
  t = await startTestLake()
  process.env.LAKE_PORT = String(t.lake.port)
  process.env.LAKE_TOKEN = TEST_TOKEN
  ;({redirectFor} = await import('../../../sanity/lib/redirects.ts'))
})
afterAll(() => t.stop())

const day = 24 * 3600 * 1000

it('answers a published redirect in any spelling, within a second of Publish, until its end', async () => {
  const start = Date.now()
  expect(await redirectFor('/bipoc', start)).toBeNull()
  await t.client
    .transaction()
    .create({
      _id: 'redirect-bipoc',
      _type: 'redirect',
      from: '/bipoc',
      to: '/services/bipoc-group-therapy',
      permanent: true,
    })
    .create({_id: 'redirect-flyer', _type: 'redirect', from: '/Flyer/', to: 'https://example.org/x', permanent: false})
    .create({
      _id: 'redirect-over',
      _type: 'redirect',
      from: '/spring-workshop',
      to: '/groups',
      endsAt: new Date(start + day).toISOString(),
    })
    .create({_id: 'drafts.redirect-draft', _type: 'redirect', from: '/draft-only', to: '/groups'})
    .create({_id: 'redirect-section', _type: 'redirect', from: '/blog/x', to: '/groups'})
    .commit()
  const later = start + 1_000
  expect(await redirectFor('/BIPOC/', later)).toEqual({
    to: '/services/bipoc-group-therapy',
    permanent: true,
    endsAt: null,
  })
  expect(await redirectFor('/flyer', later)).toMatchObject({to: 'https://example.org/x', permanent: false})
  expect(await redirectFor('/spring-workshop', later)).toMatchObject({to: '/groups'})
  expect(await redirectFor('/spring-workshop', start + 2 * day)).toBeNull()
  // A draft is not live; a path in the site's sections is the site's, whatever a script wrote.
  expect(await redirectFor('/draft-only', later)).toBeNull()
  expect(await redirectFor('/blog/x', later)).toBeNull()
})
