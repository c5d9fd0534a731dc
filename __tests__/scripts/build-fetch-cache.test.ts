import {afterEach, describe, expect, it} from '@jest/globals'
import {mkdir, mkdtemp, readdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {forgetBuildFetches} from '../../scripts/build-fetch-cache.ts'

let distDir = ''
afterEach(() => rm(distDir, {recursive: true, force: true}))

async function distWith(entries: string[]): Promise<string> {
  distDir = await mkdtemp(path.join(tmpdir(), 'dist-'))
  for (const entry of entries) {
    await mkdir(path.dirname(path.join(distDir, entry)), {recursive: true})
    await writeFile(path.join(distDir, entry), 'x')
  }
  return distDir
}

describe('forgetBuildFetches', () => {
  it("drops the previous build's fetches and keeps the compiler's cache and the build itself", async () => {
    const dir = await distWith(['cache/fetch-cache/3f2a', 'cache/turbopack/v1/db', 'BUILD_ID', 'server/app/index.html'])
    await forgetBuildFetches(dir)
    expect((await readdir(path.join(dir, 'cache'))).sort()).toEqual(['turbopack'])
    expect((await readdir(dir)).sort()).toEqual(['BUILD_ID', 'cache', 'server'])
  })

  it('does nothing on a first build, with no cache yet', async () => {
    const dir = await distWith([])
    await expect(forgetBuildFetches(path.join(dir, 'never-built'))).resolves.toBeUndefined()
  })
})
