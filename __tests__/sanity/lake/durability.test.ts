import {mkdtemp, readFile, readdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from '@jest/globals'
import {SEED_DIR} from '../../../sanity/lake/config.ts'
import {startLake} from '../../../sanity/lake/server.ts'
import {clientFor, TEST_TOKEN} from '../../helpers/lake.ts'
import {exited, spawnLake} from '../../helpers/process.ts'

let root: string
let dir: string
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'lake-durability-'))
  dir = path.join(root, 'production')
})
afterEach(() => rm(root, {recursive: true, force: true}))

describe('durability', () => {
  it('keeps an acknowledged mutation when killed with SIGKILL right after the 200', async () => {
    const env = {LAKE_DIR: dir, LAKE_TOKEN: TEST_TOKEN}
    const first = await spawnLake(env)
    await clientFor(first.url, TEST_TOKEN).create({_id: 'category-sigkill', _type: 'category', title: 'Survives'})
    first.child.kill('SIGKILL')
    await exited(first.child)

    const second = await spawnLake(env)
    try {
      const title = await clientFor(second.url).fetch('*[_id == "category-sigkill"][0].title')
      expect(title).toBe('Survives')
    } finally {
      second.child.kill('SIGTERM')
      await exited(second.child)
    }
  })

  it('keeps every acknowledged mutation of a burst of 200 when killed with SIGKILL halfway', async () => {
    const env = {LAKE_DIR: dir, LAKE_TOKEN: TEST_TOKEN}
    const first = await spawnLake(env)
    const client = clientFor(first.url, TEST_TOKEN).withConfig({maxRetries: 0})
    const acknowledged: string[] = []
    let killed = false
    // Ten writers in parallel; the lake is killed once half the burst is acknowledged, while
    // the rest are in flight or not yet sent.
    const writer = async (lane: number) => {
      for (let i = lane; i < 200; i += 10) {
        if (killed) return
        const id = `category-burst-${i}`
        try {
          await client.create({_id: id, _type: 'category', title: `Burst ${i}`})
          acknowledged.push(id)
        } catch {
          return
        }
        if (acknowledged.length >= 100 && !killed) {
          killed = true
          first.child.kill('SIGKILL')
        }
      }
    }
    await Promise.all(Array.from({length: 10}, (_, lane) => writer(lane)))
    await exited(first.child)
    expect(acknowledged.length).toBeGreaterThanOrEqual(100)

    const second = await spawnLake(env)
    try {
      const stored = await clientFor(second.url).fetch<string[]>('*[_id match "category-burst-*"]._id')
      expect(acknowledged.filter((id) => !stored.includes(id))).toEqual([])
      expect(await clientFor(second.url).fetch('count(*[_type == "post"])')).toBe(9)
    } finally {
      second.child.kill('SIGTERM')
      await exited(second.child)
    }
    // Every commit is fsynced before its 200; on a busy CI machine a hundred of them take a while.
  }, 60_000)

  it('reloads its writes after a restart, and a stray temporary file does not corrupt it', async () => {
    const lake = await startLake({dir, seedDir: SEED_DIR, port: 0, token: TEST_TOKEN})
    await clientFor(lake.url, TEST_TOKEN).create({_id: 'category-restart', _type: 'category', title: 'Kept'})
    await lake.close()
    // What a crash in the middle of a write leaves behind: a half-written temporary sibling.
    await writeFile(path.join(dir, 'data.ndjson.999.tmp'), '{"_id": "half')

    const again = await startLake({dir, port: 0, token: TEST_TOKEN})
    try {
      expect(await clientFor(again.url).fetch('*[_id == "category-restart"][0].title')).toBe('Kept')
      expect(await clientFor(again.url).fetch('count(*[_type == "post"])')).toBe(9)
      expect(await readdir(dir)).not.toContain('data.ndjson.999.tmp')
    } finally {
      await again.close()
    }
  })

  it('stays in the layout `sanity dataset export` writes, so `sanity dataset import` can read it', async () => {
    const lake = await startLake({dir, seedDir: SEED_DIR, port: 0, token: TEST_TOKEN})
    await clientFor(lake.url, TEST_TOKEN).patch('post-your-first-group-session').set({excerpt: 'Edited'}).commit()
    await lake.close()

    const lines = (await readFile(path.join(dir, 'data.ndjson'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    const post = lines.find((doc) => doc._id === 'post-your-first-group-session')
    expect(post.excerpt).toBe('Edited')
    expect(post.mainImage._sanityAsset).toMatch(/^image@file:\/\/\.\/images\/[a-f0-9]{40}-\d+x\d+\.jpg$/)
    expect(post.mainImage.asset).toBeUndefined()
    expect(lines.some((doc) => doc._type === 'sanity.imageAsset')).toBe(false)

    const images = await readdir(path.join(dir, 'images'))
    expect(images).toContain(post.mainImage._sanityAsset.split('/').pop())
    const assets = JSON.parse(await readFile(path.join(dir, 'assets.json'), 'utf8'))
    expect(Object.keys(assets).every((key) => /^image-[a-f0-9]{40}$/.test(key))).toBe(true)
  })
})
