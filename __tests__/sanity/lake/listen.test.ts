import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import type {MutationEvent} from '@sanity/client'
import {firstValueFrom, filter} from 'rxjs'
import {startTestLake, type TestLake} from '../../helpers/lake.ts'

let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
})
afterAll(() => t.stop())

describe('live', () => {
  it('streams matching mutations to client.listen', async () => {
    const events = t.anonymous.listen('*[_type == "category"]', {}, {events: ['welcome', 'mutation']})
    const welcomed = firstValueFrom(events.pipe(filter((e) => e.type === 'welcome')))
    const mutation = firstValueFrom(events.pipe(filter((e): e is MutationEvent => e.type === 'mutation')))
    await welcomed
    await t.client.create({_id: 'category-listened', _type: 'category', title: 'Heard'})
    const event = await mutation
    expect(event).toMatchObject({documentId: 'category-listened', transition: 'appear', result: {title: 'Heard'}})
  })

  it('sends live events naming the sync tags a change invalidates', async () => {
    const {syncTags} = await t.anonymous.fetch('count(*)', {}, {filterResponse: false})
    const live = t.anonymous.live.events()
    const welcomed = firstValueFrom(live.pipe(filter((e) => e.type === 'welcome')))
    const message = firstValueFrom(live.pipe(filter((e) => e.type === 'message')))
    await welcomed
    await t.client.create({_type: 'category', title: 'Live'})
    const event = await message
    expect(event).toMatchObject({type: 'message', tags: syncTags})
  })
})
