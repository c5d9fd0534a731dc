import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import type {MutationEvent} from '@sanity/client'
import {applyPatch} from 'mendoza'
import {filter, firstValueFrom, take, toArray} from 'rxjs'
import {startTestLake, type TestLake} from '../../helpers/lake.ts'

let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
})
afterAll(() => t.stop())

const pair = (id: string) => ({publishedId: id, draftId: `drafts.${id}`})

describe('the Actions API, as the Studio uses it', () => {
  it('creates a draft, edits it, publishes it under the client transaction id, then unpublishes and deletes', async () => {
    const ids = pair('post-actions')
    await t.client.action({
      actionType: 'sanity.action.document.create',
      publishedId: ids.publishedId,
      attributes: {_id: ids.draftId, _type: 'post', title: 'First words'},
      ifExists: 'fail',
    })
    await t.client.action({actionType: 'sanity.action.document.edit', ...ids, patch: {set: {title: 'Second words'}}})
    expect(await t.client.getDocument(ids.draftId)).toMatchObject({title: 'Second words'})

    const {transactionId} = await t.client.action(
      {actionType: 'sanity.action.document.publish', ...ids},
      {transactionId: 'publish-tx-1'},
    )
    expect(transactionId).toBe('publish-tx-1')
    expect(await t.client.getDocument(ids.draftId)).toBeUndefined()
    expect(await t.anonymous.getDocument(ids.publishedId)).toMatchObject({title: 'Second words', _rev: 'publish-tx-1'})

    await t.client.action({actionType: 'sanity.action.document.unpublish', ...ids})
    expect(await t.anonymous.getDocument(ids.publishedId)).toBeUndefined()
    expect(await t.client.getDocument(ids.draftId)).toMatchObject({title: 'Second words'})

    await t.client.action({
      actionType: 'sanity.action.document.delete',
      publishedId: ids.publishedId,
      includeDrafts: [ids.draftId],
    })
    expect(await t.client.getDocument(ids.draftId)).toBeUndefined()
  })

  it('starts the draft from the published document on the first edit', async () => {
    const ids = pair('post-your-first-group-session')
    const published = await t.client.getDocument(ids.publishedId)
    await t.client.action({
      actionType: 'sanity.action.document.edit',
      ...ids,
      patch: {unset: ['_empty_action_guard_pseudo_field_']},
    })
    const draft = await t.client.getDocument(ids.draftId)
    expect(draft).toMatchObject({title: published?.title, slug: published?.slug})
    await t.client.action({actionType: 'sanity.action.document.version.discard', versionId: ids.draftId})
    expect(await t.client.getDocument(ids.draftId)).toBeUndefined()
  })

  it('refuses a publish whose expected published revision is stale, and applies none of the request', async () => {
    const ids = pair('post-stale')
    await t.client.create({_id: ids.draftId, _type: 'post', title: 'Draft'})
    const request = t.client.action([
      {actionType: 'sanity.action.document.edit', ...ids, patch: {set: {title: 'Should not stick'}}},
      {actionType: 'sanity.action.document.publish', ...ids, ifPublishedRevisionId: 'not-the-revision'},
    ])
    await expect(request).rejects.toMatchObject({statusCode: 409})
    expect(await t.client.getDocument(ids.draftId)).toMatchObject({title: 'Draft'})
    expect(await t.anonymous.getDocument(ids.publishedId)).toBeUndefined()
  })

  it('answers an unknown action with a 400 that names it', async () => {
    const response = await fetch(`${t.lake.url}/v2025-02-19/data/actions/production`, {
      method: 'POST',
      headers: {'content-type': 'application/json', authorization: `Bearer ${t.client.config().token}`},
      body: JSON.stringify({actions: [{actionType: 'sanity.action.document.teleport'}]}),
    })
    expect(response.status).toBe(400)
    expect((await response.json()).message).toMatch(/actionType/)
  })
})

describe('listener events, as the Studio reads them', () => {
  it('sends mutations, mendoza effects and transaction counts, with revisions that chain', async () => {
    const ids = pair('post-listened')
    await t.client.create({_id: ids.draftId, _type: 'post', title: 'Listen to me'})
    const draftRev = (await t.client.getDocument(ids.draftId))?._rev
    const events = t.client.listen(
      '*[_id in $ids]',
      {ids: [ids.publishedId, ids.draftId]},
      {includeResult: false, effectFormat: 'mendoza', events: ['welcome', 'mutation']},
    )
    const welcomed = firstValueFrom(events.pipe(filter((e) => e.type === 'welcome')))
    const publishEvents = firstValueFrom(
      events.pipe(
        filter((e): e is MutationEvent => e.type === 'mutation'),
        take(2),
        toArray(),
      ),
    )
    await welcomed
    await t.client.action({actionType: 'sanity.action.document.publish', ...ids}, {transactionId: 'tx-listened'})
    const [first, second] = (await publishEvents).sort((a, b) => a.documentId.localeCompare(b.documentId))
    expect(first).toMatchObject({
      documentId: ids.draftId,
      transactionId: 'tx-listened',
      transition: 'disappear',
      previousRev: draftRev,
      resultRev: 'tx-listened',
      transactionTotalEvents: 2,
    })
    expect(first.mutations).toEqual([{delete: {id: ids.draftId}}])
    expect(second).toMatchObject({
      documentId: ids.publishedId,
      resultRev: 'tx-listened',
      transition: 'appear',
      transactionTotalEvents: 2,
    })
    expect(second.previousRev).toBeUndefined()
    // Applying the effect to "nothing" gives the published document (without _rev).
    const effects = second.effects as {apply: Parameters<typeof applyPatch>[1]}
    expect(applyPatch(null, effects.apply)).toMatchObject({_id: ids.publishedId, title: 'Listen to me'})
    expect([first.transactionCurrentEvent, second.transactionCurrentEvent].sort()).toEqual([1, 2])
  })

  it('keeps both of two edits sent at once, and their events chain in the order they were stored', async () => {
    const ids = pair('post-grounding-skills-for-hard-moments')
    const published = await t.client.getDocument(ids.publishedId)
    const events = t.client.listen(
      '*[_id == $id]',
      {id: ids.draftId},
      {includeResult: false, events: ['welcome', 'mutation']},
    )
    const welcomed = firstValueFrom(events.pipe(filter((e) => e.type === 'welcome')))
    const twoEvents = firstValueFrom(
      events.pipe(
        filter((e): e is MutationEvent => e.type === 'mutation'),
        take(2),
        toArray(),
      ),
    )
    await welcomed
    // Two Studio windows, each starting the draft from the published article with its own field.
    await Promise.all([
      t.client.action(
        {actionType: 'sanity.action.document.edit', ...ids, patch: {set: {excerpt: 'From the first window'}}},
        {transactionId: 'tx-window-a'},
      ),
      t.client.action(
        {actionType: 'sanity.action.document.edit', ...ids, patch: {set: {title: 'From the second window'}}},
        {transactionId: 'tx-window-b'},
      ),
    ])
    expect(await t.client.getDocument(ids.draftId)).toMatchObject({
      excerpt: 'From the first window',
      title: 'From the second window',
      slug: published?.slug,
    })
    const [first, second] = await twoEvents
    expect(first).toMatchObject({transition: 'appear', resultRev: first.transactionId})
    expect(first.previousRev).toBeUndefined()
    expect(second).toMatchObject({transition: 'update', previousRev: first.transactionId})
    await t.client.delete(ids.draftId)
  })
})
