import {describe, expect, it} from '@jest/globals'
import {goLiveDueAt, visibleThrough} from '../../lib/scheduling.ts'

describe('go-live arithmetic', () => {
  it('makes a go-live due at the first whole second at or after the scheduled time', () => {
    expect(goLiveDueAt('2026-11-29T12:00:30Z')).toBe(Date.parse('2026-11-29T12:00:30Z'))
    expect(goLiveDueAt('2026-11-29T12:00:30.200Z')).toBe(Date.parse('2026-11-29T12:00:31Z'))
    expect(goLiveDueAt('2026-11-29T12:00:30.999Z')).toBe(Date.parse('2026-11-29T12:00:31Z'))
  })

  it('has no go-live for a missing or malformed time', () => {
    expect(goLiveDueAt(null)).toBeNull()
    expect(goLiveDueAt(undefined)).toBeNull()
    expect(goLiveDueAt('soon')).toBeNull()
  })

  it('counts a post as visible only through the start of the current second', () => {
    const now = Date.parse('2026-11-29T12:00:30.700Z')
    expect(visibleThrough(now)).toBe(Date.parse('2026-11-29T12:00:30Z'))
    // A post due at or before that second is covered; one later in the same second is not.
    expect((goLiveDueAt('2026-11-29T12:00:29.500Z') as number) <= visibleThrough(now)).toBe(true)
    expect((goLiveDueAt('2026-11-29T12:00:30.500Z') as number) <= visibleThrough(now)).toBe(false)
  })
})
