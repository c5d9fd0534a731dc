import {describe, expect, it} from '@jest/globals'
import {secondsUntil} from '../../lib/scheduling'

describe('secondsUntil', () => {
  const now = Date.parse('2026-11-29T12:00:00Z')

  it('counts whole seconds up to a future time, at least one', () => {
    expect(secondsUntil('2026-11-29T12:00:30Z', now)).toBe(30)
    expect(secondsUntil('2026-11-29T12:00:00.200Z', now)).toBe(1)
    expect(secondsUntil('2027-01-12T14:00:00Z', now)).toBe(3_808_800)
  })

  it('has nothing to wait for when there is no time, it has passed, or it is not a time', () => {
    expect(secondsUntil(null, now)).toBeNull()
    expect(secondsUntil('2026-11-29T11:59:59Z', now)).toBeNull()
    expect(secondsUntil('soon', now)).toBeNull()
  })
})
