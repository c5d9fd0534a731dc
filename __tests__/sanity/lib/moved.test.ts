import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {startTestLake, TEST_TOKEN, type TestLake} from '../../helpers/lake.ts'
import {runOutsideNext} from '../../helpers/next-runtime.ts'

// A renamed page keeps its old addresses: the site writes each old slug into the document as
// the revalidate webhook reports a rename, and a page that finds nothing at its slug asks where
// it went. Against a real lake, with the gateway functions run uncached.
runOutsideNext(() => false)

const ID = 'post-renamed-twice'
let t: TestLake
type Modules = {
  history: typeof import('../../../sanity/lib/slug-history.ts')
  moved: typeof import('../../../sanity/lib/moved.ts')
  legacy: typeof import('../../../sanity/lib/legacy-redirects.ts')
}
let m: Modules

beforeAll(async () => {
  t = await startTestLake()
  process.env.LAKE_PORT = String(t.lake.port)
  process.env.LAKE_TOKEN = TEST_TOKEN
  await t.client.create({
    _id: ID,
    _type: 'post',
    title: 'Renamed twice',
    slug: {_type: 'slug', current: 'first-name'},
    excerpt: 'A post whose address changes.',
    publishedAt: '2026-01-02T00:00:00Z',
  })
  // Loaded after the lake's port is set: lib/env reads it when first loaded.
  m = {
    history: await import('../../../sanity/lib/slug-history.ts'),
    moved: await import('../../../sanity/lib/moved.ts'),
    legacy: await import('../../../sanity/lib/legacy-redirects.ts'),
  }
})
afterAll(() => t.stop())

/** A rename as any client makes it, then the webhook's part. */
async function rename(id: string, from: string, to: string) {
  await t.client
    .patch(id)
    .set({slug: {_type: 'slug', current: to}})
    .commit()
  await m.history.recordPreviousSlug({_id: id, _type: 'post', slug: to, previousSlug: from})
}

describe('old slugs', () => {
  it('A -> B -> C: A and B both lead to C, and the document keeps both', async () => {
    await rename(ID, 'first-name', 'second-name')
    // An editor has a draft open: it gets the history too, or its publish would drop it.
    const published = await t.client.getDocument(ID)
    if (!published) throw new Error('the post should exist')
    await t.client.create({...published, _type: 'post', _id: `drafts.${ID}`, title: 'Renamed twice (draft)'})
    await rename(ID, 'second-name', 'third-name')
    expect(await m.moved.getMovedSlug('post', 'first-name')).toBe('third-name')
    expect(await m.moved.getMovedSlug('post', 'second-name')).toBe('third-name')
    expect(await m.moved.getMovedSlug('post', 'never-was')).toBeNull()
    expect((await t.client.getDocument(ID))?.previousSlugs).toEqual(['first-name', 'second-name'])
    expect((await t.client.getDocument(`drafts.${ID}`))?.previousSlugs).toEqual(['first-name', 'second-name'])
    // The previous site's address form (/{slug}/) follows an old slug too, in the same hop.
    expect(await m.legacy.legacyTarget({kind: 'post-slug', key: 'first-name'})).toBe('/blog/third-name')
  })

  it('renamed back to an old slug: that slug is current again, not a redirect', () => {
    expect(m.history.nextHistory(['first-name', 'second-name'], 'third-name', 'first-name')).toEqual([
      'second-name',
      'third-name',
    ])
  })

  it('a slug another page now uses is that page’s', async () => {
    await t.client.create({
      _id: 'post-took-the-old-name',
      _type: 'post',
      title: 'Took the old name',
      slug: {_type: 'slug', current: 'first-name'},
      excerpt: 'A new post at an address another post once had.',
      publishedAt: '2026-01-03T00:00:00Z',
    })
    expect(await m.legacy.legacyTarget({kind: 'post-slug', key: 'first-name'}, Date.now() + 60_000)).toBe(
      '/blog/first-name',
    )
  })

  it('a change that is not a rename, or to a draft, writes nothing', async () => {
    const before = (await t.client.getDocument(ID))?._rev
    await m.history.recordPreviousSlug({_id: ID, _type: 'post', slug: 'third-name', previousSlug: 'third-name'})
    await m.history.recordPreviousSlug({_id: `drafts.${ID}`, _type: 'post', slug: 'x', previousSlug: 'third-name'})
    await m.history.recordPreviousSlug({_id: 'group-x', _type: 'group', slug: 'x', previousSlug: 'y'})
    expect((await t.client.getDocument(ID))?._rev).toBe(before)
  })
})
