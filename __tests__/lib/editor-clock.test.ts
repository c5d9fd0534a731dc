import {describe, expect, it} from '@jest/globals'
import {formatForEditors, fromEditorInput, toEditorInput} from '../../lib/editor-clock.ts'

// The instant the issue saw twice: raw UTC in the list, local time with no zone in the badge.
const MOMENT = '2026-12-07T23:43:00.000Z'

describe('one clock for editors, in Eastern time', () => {
  it('reads an instant as Asheville does, labelled, in winter and in summer', () => {
    expect(formatForEditors(MOMENT)).toBe('Dec 7, 2026, 6:43 PM ET')
    expect(formatForEditors('2027-07-04T13:00:00Z')).toBe('Jul 4, 2027, 9:00 AM ET')
  })

  it('an input and its reading are the same moment, whatever the browser’s zone', () => {
    expect(toEditorInput(MOMENT)).toBe('2026-12-07T18:43')
    expect(new Date(fromEditorInput('2026-12-07T18:43') ?? 0).toISOString()).toBe(MOMENT)
    expect(fromEditorInput('next tuesday')).toBeNull()
  })
})
