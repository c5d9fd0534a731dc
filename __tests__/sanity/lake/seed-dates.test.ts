import {mkdtemp, readFile, rm, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, it} from '@jest/globals'
import {rebaseSeedDates, RELATIVE_DATES_FILE, shiftDates, weeksSince} from '../../../sanity/lake/seed-dates.ts'

describe('relative seed dates', () => {
  it('counts whole weeks from the reference Monday to the week of now', () => {
    expect(weeksSince('2026-01-05', Date.parse('2026-01-11T23:59:59Z'))).toBe(0)
    expect(weeksSince('2026-01-05', Date.parse('2026-01-12T00:00:00Z'))).toBe(1)
    expect(weeksSince('2026-01-05', Date.parse('2028-12-08T12:00:00Z'))).toBe(152)
  })

  it('moves dates and instants, keeping weekdays, and nothing else', () => {
    const doc = {
      _id: 'group-iop',
      nextStart: '2026-01-12',
      publishedAt: '2026-02-10T14:00:00Z',
      meetings: [{start: '09:00', days: ['monday']}],
      note: 'Starts 2026-01-12, ask us',
    }
    const moved = shiftDates(doc, 3) as typeof doc
    expect(moved).toEqual({
      _id: 'group-iop',
      nextStart: '2026-02-02',
      publishedAt: '2026-03-03T14:00:00.000Z',
      meetings: [{start: '09:00', days: ['monday']}],
      note: 'Starts 2026-01-12, ask us',
    })
    expect(new Date(`${moved.nextStart}T00:00:00Z`).getUTCDay()).toBe(1)
  })

  describe('on a copied seed', () => {
    let dir = ''
    afterEach(() => rm(dir, {recursive: true, force: true}))

    it('rewrites the data file once and drops the marker', async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'seed-dates-'))
      await writeFile(path.join(dir, RELATIVE_DATES_FILE), JSON.stringify({referenceMonday: '2026-01-05'}))
      await writeFile(
        path.join(dir, 'data.ndjson'),
        '{"_id":"a","_type":"post","publishedAt":"2026-01-06T13:00:00Z"}\n',
      )
      await rebaseSeedDates(dir, 'data.ndjson', Date.parse('2029-06-14T08:00:00Z'))
      const [line] = (await readFile(path.join(dir, 'data.ndjson'), 'utf8')).trim().split('\n')
      // 2029-06-14 is a Thursday; its week's Monday is 2029-06-11, so the Tuesday is the 12th.
      expect(JSON.parse(line).publishedAt).toBe('2029-06-12T13:00:00.000Z')
      await expect(stat(path.join(dir, RELATIVE_DATES_FILE))).rejects.toThrow()
    })
  })
})
