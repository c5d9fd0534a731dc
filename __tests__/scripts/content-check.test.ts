import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {execFile} from 'node:child_process'
import {promisify} from 'node:util'
import {startTestLake, TEST_TOKEN, type TestLake} from '../helpers/lake.ts'

// `npm run content:check` as a clinician or CI runs it, against a lake holding the seed.
const run = promisify(execFile)

let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
})
afterAll(() => t.stop())

async function contentCheck(): Promise<{code: number; stdout: string}> {
  const env = {
    ...process.env,
    LAKE_PORT: new URL(t.lake.url).port,
    LAKE_TOKEN: TEST_TOKEN,
    NEXT_PUBLIC_SANITY_PROJECT_ID: '',
  }
  try {
    const {stdout} = await run(process.execPath, ['scripts/content-check.ts'], {env})
    return {code: 0, stdout}
  } catch (error) {
    const failed = error as {code: number; stdout: string}
    return {code: failed.code, stdout: failed.stdout}
  }
}

describe('npm run content:check', () => {
  it('prints a row for every seed article, each at grade 9 or below with no errors, and exits 0', async () => {
    const {code, stdout} = await contentCheck()
    expect(code).toBe(0)
    const titles = await t.client.fetch<string[]>('*[_type == "post"].title')
    // The table's rows: a title and its figures (each article's findings follow under its title alone).
    const rows = stdout.split('\n').filter((line) => titles.some((title) => line.startsWith(title) && line !== title))
    expect(rows).toHaveLength(titles.length)
    for (const row of rows) {
      const [fleschKincaid, , errors] = row
        .trim()
        .split(/\s{2,}/)
        .slice(1)
      expect(Number(fleschKincaid)).toBeLessThanOrEqual(9)
      expect(errors).toBe('0')
    }
    expect(stdout).toMatch(/none with errors/)
  })

  it('exits 1 and names the problem when a draft about suicide has no crisis resource', async () => {
    await t.client.create({
      _id: 'drafts.post-content-check-case',
      _type: 'post',
      title: 'A draft that needs the crisis block',
      body: [
        {
          _type: 'block',
          _key: 'b',
          style: 'normal',
          markDefs: [],
          children: [{_type: 'span', _key: 's', text: 'Thoughts of suicide are common and treatable.', marks: []}],
        },
      ],
    })
    const {code, stdout} = await contentCheck()
    expect(code).toBe(1)
    expect(stdout).toMatch(
      /\nA draft that needs the crisis block\n {2}ERROR {4}This article mentions suicide or self-harm: add the crisis resources block/,
    )
    await t.client.delete('drafts.post-content-check-case')
  })
})
