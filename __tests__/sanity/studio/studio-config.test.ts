import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import type {DocumentActionComponent, DocumentBadgeProps, Template} from 'sanity'
import {PublishingBadge} from '../../../sanity/studio/badges.ts'
import {singletonSafeActions, withoutSingletonTemplates} from '../../../sanity/studio/singleton.ts'
import {DRAFT_POSTS, PUBLISHED_POSTS, SCHEDULED_POSTS} from '../../../sanity/studio/structure.ts'
import {startTestLake, type TestLake} from '../../helpers/lake.ts'

const action = (name: string) => Object.assign((() => null) as unknown as DocumentActionComponent, {action: name})
const badgeFor = (published: Record<string, unknown> | null) =>
  PublishingBadge({published, draft: null, id: 'post-x', type: 'post'} as unknown as DocumentBadgeProps)

describe('site settings is a singleton', () => {
  it('cannot be deleted, duplicated or unpublished, only edited and published', () => {
    const actions = ['publish', 'unpublish', 'delete', 'duplicate', 'discardChanges'].map(action)
    expect(singletonSafeActions(actions, 'siteSettings').map((a) => a.action)).toEqual(['publish', 'discardChanges'])
    expect(singletonSafeActions(actions, 'post')).toHaveLength(5)
  })

  it('cannot be created from the new-document menu', () => {
    const templates = [
      {id: 'post', schemaType: 'post'},
      {id: 'siteSettings', schemaType: 'siteSettings'},
    ] as Template[]
    expect(withoutSingletonTemplates(templates).map((t) => t.id)).toEqual(['post'])
  })
})

describe('publishing badges', () => {
  it('says when a scheduled article goes live, and marks live ones', () => {
    const future = new Date(Date.now() + 86_400_000).toISOString()
    expect(badgeFor({publishedAt: future})).toMatchObject({
      label: expect.stringMatching(/^Scheduled for /),
      color: 'warning',
    })
    expect(badgeFor({publishedAt: '2026-01-01T00:00:00Z'})).toMatchObject({label: 'Live', color: 'success'})
    expect(badgeFor(null)).toBeNull()
  })
})

describe('structure lists', () => {
  let t: TestLake
  beforeAll(async () => {
    t = await startTestLake()
    const base = {_type: 'post', slug: {_type: 'slug', current: 'soon'}, title: 'Soon'}
    await t.client.create({...base, _id: 'post-soon', publishedAt: new Date(Date.now() + 3_600_000).toISOString()})
    await t.client.create({
      ...base,
      _id: 'post-later',
      slug: {_type: 'slug', current: 'later'},
      publishedAt: new Date(Date.now() + 7_200_000).toISOString(),
    })
  })
  afterAll(() => t.stop())

  const ids = (filter: string, order = '') =>
    t.client.fetch<string[]>(`*[${filter}]${order}._id`, {}, {perspective: 'raw'})

  it('separates drafts, scheduled (soonest first) and published articles', async () => {
    expect(await ids(DRAFT_POSTS)).toEqual(['drafts.post-talking-to-family-about-treatment'])
    const scheduled = await ids(SCHEDULED_POSTS, ' | order(publishedAt asc)')
    expect(scheduled.slice(0, 2)).toEqual(expect.arrayContaining(['post-soon']))
    expect(scheduled.indexOf('post-soon')).toBeLessThan(scheduled.indexOf('post-later'))
    const published = await ids(PUBLISHED_POSTS)
    expect(published).toContain('post-your-first-group-session')
    expect(published).not.toContain('post-soon')
  })
})
