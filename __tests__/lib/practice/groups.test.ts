import {describe, expect, it} from '@jest/globals'
import {filterPages, matchesFilter} from '../../../lib/practice/group-filters.ts'
import {groupIsListed, nextPracticeChange, soonestStart} from '../../../lib/practice/groups.ts'

// Instants are built from UTC; Asheville is UTC-5 in winter, so its midnight is 05:00Z.
const at = (iso: string) => Date.parse(iso)
const dated = {enrollment: 'open' as const, admission: 'dated' as const, nextStart: '2027-01-11'}

describe('when a group is on the site', () => {
  it('leaves at its leaving time, to the millisecond', () => {
    const group = {...dated, leavesAt: '2027-02-01T15:00:00Z'}
    expect(groupIsListed(group, at('2027-02-01T14:59:59.999Z'))).toBe(true)
    expect(groupIsListed(group, at('2027-02-01T15:00:00Z'))).toBe(false)
  })

  it('leaves when its start passes while closed to new members, at midnight in Asheville', () => {
    const closed = {...dated, enrollment: 'closed' as const}
    expect(groupIsListed(closed, at('2027-01-11T04:59:59Z'))).toBe(true)
    expect(groupIsListed(closed, at('2027-01-11T05:00:00Z'))).toBe(false)
    // Open groups stay: people can still ask to join.
    expect(groupIsListed(dated, at('2027-01-20T12:00:00Z'))).toBe(true)
  })
})

describe('the next moment the practice pages change', () => {
  const closures = [{from: '2027-01-20', to: '2027-01-20', note: 'Staff training'}]

  it('is the soonest of a leaving time, a start and a closure notice boundary after `since`', () => {
    const groups = [dated, {...dated, admission: 'rolling' as const, leavesAt: '2027-01-12T18:00:00Z'}]
    // The notice appears 7 days before the closure, at Asheville midnight on Jan 13.
    const moments = [at('2027-01-11T05:00:00Z'), at('2027-01-12T18:00:00Z'), at('2027-01-13T05:00:00Z')]
    expect(nextPracticeChange(at('2027-01-01T00:00:00Z'), groups, closures)).toBe(moments[0])
    expect(nextPracticeChange(moments[0], groups, closures)).toBe(moments[1])
    expect(nextPracticeChange(moments[1], groups, closures)).toBe(moments[2])
    // Then the notice ends at midnight after the closure, and nothing else is due.
    expect(nextPracticeChange(moments[2], groups, closures)).toBe(at('2027-01-21T05:00:00Z'))
    expect(nextPracticeChange(at('2027-01-21T05:00:00Z'), groups, closures)).toBeNull()
  })
})

describe('the soonest start', () => {
  it('skips groups closed, started or rolling', () => {
    const groups = [
      {...dated, slug: 'a', nextStart: '2027-01-25', started: false},
      {...dated, slug: 'b', nextStart: '2027-01-18', started: false, enrollment: 'closed' as const},
      {...dated, slug: 'c', nextStart: '2027-01-04', started: true},
      {...dated, slug: 'd', admission: 'rolling' as const, nextStart: null, started: false},
    ]
    expect(soonestStart(groups)?.slug).toBe('a')
  })
})

describe('the groups page filters', () => {
  it('match a group that meets both ways under either format', () => {
    const both = {format: 'both' as const, service: 'group-therapy'}
    expect(matchesFilter(both, {format: 'in-office', service: 'any'})).toBe(true)
    expect(matchesFilter(both, {format: 'online', service: 'group-therapy'})).toBe(true)
    expect(matchesFilter({...both, format: 'office'}, {format: 'online', service: 'any'})).toBe(false)
    expect(matchesFilter(both, {format: 'any', service: 'bipoc-group-therapy'})).toBe(false)
  })

  it('are one prerendered page per combination, the unfiltered one being /groups itself', () => {
    const pages = filterPages()
    expect(pages).toHaveLength(3 * 5 - 1)
    expect(pages).not.toContainEqual({format: 'any', service: 'any'})
  })
})
