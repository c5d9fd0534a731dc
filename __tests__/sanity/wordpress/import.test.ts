import {mkdtemp, readFile, readdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {importWordPress} from '../../../sanity/wordpress/import.ts'
import type {ImportReport} from '../../../sanity/wordpress/report.ts'
import {folderTarget, lakeTarget} from '../../../sanity/wordpress/targets.ts'
import {WxrError} from '../../../sanity/wordpress/wxr.ts'
import {startTestLake, type TestLake} from '../../helpers/lake.ts'

const FIXTURE = path.join(process.cwd(), 'sanity/wordpress/fixture')
const file = path.join(FIXTURE, 'export.xml')
const uploadsDir = path.join(FIXTURE, 'uploads')

type Block = {
  _type: string
  style?: string
  listItem?: string
  level?: number
  children?: {text: string; marks: string[]}[]
  markDefs?: {_key: string; href: string}[]
  [k: string]: unknown
}
const textOf = (block: Block) => block.children?.map((c) => c.text).join('') ?? ''

let t: TestLake
let first: ImportReport
beforeAll(async () => {
  t = await startTestLake()
  first = await importWordPress({file, uploadsDir, target: lakeTarget(t.client, false), dryRun: false})
})
afterAll(() => t.stop())

describe('importing the fixture into the lake', () => {
  it('imports posts with their status: published, scheduled at its time, and a draft as a Sanity draft', async () => {
    expect(first.posts).toEqual({published: 2, scheduled: 1, drafts: 1})
    const ids = await t.client.fetch<string[]>(`*[_id match "*wp-post-*"]._id | order(@)`, {}, {perspective: 'raw'})
    expect(ids.sort()).toEqual(['drafts.wp-post-104', 'wp-post-101', 'wp-post-102', 'wp-post-103'])
    const scheduled = await t.client.getDocument('wp-post-103')
    expect(scheduled?.publishedAt).toBe('2027-02-01T15:00:00.000Z')
  })

  it('carries each field across', async () => {
    const post = await t.client.getDocument('wp-post-101')
    expect(post).toMatchObject({
      _type: 'post',
      title: 'What Happens in Your First Week of Group – and Why It Feels Strange',
      slug: {current: 'first-week-of-group'},
      excerpt: 'What the first week of group therapy is really like, and why listening counts as taking part.',
      publishedAt: '2025-03-03T14:00:00.000Z',
      seo: {
        title: 'Your first week of group',
        description: 'A calm guide to the first week of group therapy in our Asheville IOP.',
      },
      wordpress: {id: 101, slug: 'first-week-of-group', link: 'https://resilientmind.example/first-week-of-group/'},
      mainImage: {
        alt: 'A porch light glowing beside a blue front door at dusk',
        asset: {_ref: expect.stringMatching(/^image-[0-9a-f]{40}-1200x800-jpg$/)},
      },
      // The author matched the seeded clinician by name; no duplicate was made.
      author: {_ref: 'clinician-maya-ellison'},
    })
    const categories = await t.client.fetch<string[]>(`*[_id == "wp-post-101"][0].categories[]->slug.current`)
    expect(categories).toEqual(['group-therapy', 'family-and-loved-ones'])
    const second = await t.client.getDocument('wp-post-102')
    expect(second).toMatchObject({
      title: 'Porch-Light Conversations: Telling Family You’re in Treatment',
      // No excerpt in WordPress: one is cut from the body.
      excerpt: expect.stringMatching(/^Some families ask a hundred questions\./),
      seo: {title: 'Porch-Light Conversations: Telling Family You’re in Treatment'},
      author: {_ref: 'wp-author-office'},
    })
    expect(await t.client.getDocument('wp-author-office')).toMatchObject({
      _type: 'clinician',
      name: 'Front Office',
      needsReview: true,
    })
    expect(await t.client.getDocument('wp-post-103')).toMatchObject({
      title: 'Café y comunidad: grupos en español',
      slug: {current: 'cafe-y-comunidad'},
      wordpress: {slug: 'café-y-comunidad'},
    })
    // Matched to the seeded category by slug; new ones are made once.
    expect(await t.client.fetch(`count(*[_type == "category" && slug.current == "group-therapy"])`)).toBe(1)
  })

  it('turns block-editor HTML into Portable Text, block by block', async () => {
    const body = (await t.client.getDocument('wp-post-101'))?.body as Block[]
    expect(body.map((b) => [b._type, b.style ?? null, b.listItem ?? null, b.level ?? null])).toEqual([
      ['block', 'normal', null, null],
      ['block', 'h2', null, null],
      ['block', 'normal', null, null],
      ['accessibleImage', null, null, null],
      ['block', 'normal', 'bullet', 1],
      ['block', 'normal', 'bullet', 1],
      ['block', 'normal', 'bullet', 2],
      ['block', 'normal', 'bullet', 1],
      ['block', 'blockquote', null, null],
      ['block', 'normal', null, null],
      ['block', 'normal', null, null],
      ['callToAction', null, null, null],
    ])
    expect(body[0].children?.find((c) => c.text === 'share everything')?.marks).toEqual(['strong'])
    expect(body[2].children?.find((c) => c.text === 'welcome')?.marks).toEqual(['em'])
    // A link to the old site's own page becomes a path, which the redirects then answer.
    expect(body[2].markDefs).toEqual([expect.objectContaining({_type: 'link', href: '/porch-light-conversations'})])
    expect(body[3]).toMatchObject({
      alt: 'A porch light glowing beside a blue front door at dusk',
      caption: 'Arriving is the hardest part.',
      asset: {_ref: expect.stringMatching(/^image-/)},
    })
    expect(textOf(body[9])).toBe('https://www.youtube.com/watch?v=abc123')
    expect(textOf(body[10])).toBe('Ready when you are.')
    expect(body[11]).toMatchObject({label: 'Ask about a first visit', href: '/contact'})
    expect(JSON.stringify(body)).not.toMatch(/script|alert|onclick|steal|wp:/)
  })

  it('turns classic-editor HTML with shortcodes into Portable Text, and drops what is unsafe or missing', async () => {
    const body = (await t.client.getDocument('wp-post-102'))?.body as Block[]
    expect(body.map((b) => [b._type, b.style ?? null, b.listItem ?? null])).toEqual([
      ['block', 'normal', null],
      ['accessibleImage', null, null],
      ['block', 'h3', null],
      ['block', 'normal', null],
      ['block', 'normal', 'number'],
      ['block', 'normal', 'number'],
      ['block', 'normal', null],
    ])
    expect(body[1]).toMatchObject({
      alt: 'Eight chairs arranged in a circle in a sunny room',
      caption: 'Family sessions use the same room.',
    })
    expect(textOf(body[3])).toBe('You decide how much to say & when. A short, honest sentence is enough to begin.')
    expect(textOf(body[6])).toBe('A link that must not survive and the 988 Lifeline.')
    expect(body[6].markDefs?.map((d) => d.href)).toEqual(['https://988lifeline.org/'])
    expect(JSON.stringify(body)).not.toMatch(/gravityform|javascript:|missing-photo/)
  })

  it('reports what it left out or changed, and the redirect map', () => {
    expect(first.skipped.map((s) => [s.type, s.status])).toEqual([
      ['attachment', 'inherit'],
      ['attachment', 'inherit'],
      ['post', 'trash'],
      ['page', 'publish'],
      ['revision', 'inherit'],
      ['nav_menu_item', 'publish'],
    ])
    const changes = first.changes.map((c) => `${c.post}: ${c.change}`)
    expect(changes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/wp-post-101: embed https:\/\/www\.youtube\.com\/watch\?v=abc123/),
        'wp-post-102: shortcode [gravityform]',
        expect.stringMatching(/wp-post-102: image .*missing-photo\.jpg not found/),
        'wp-post-103: slug "café-y-comunidad" became "cafe-y-comunidad"',
      ]),
    )
    expect(first.cliniciansForReview).toEqual(['Front Office'])
    expect(first.redirects).toEqual(
      expect.arrayContaining([
        {from: '/first-week-of-group/', to: '/blog/first-week-of-group'},
        {from: '/?p=102', to: '/blog/porch-light-conversations'},
        {from: '/café-y-comunidad/', to: '/blog/cafe-y-comunidad'},
        {from: '/category/family-and-loved-ones/', to: '/blog/category/family-and-loved-ones'},
        {from: '/tag/sleep/', to: '/blog/category/sleep'},
      ]),
    )
    expect(first.redirects.some((r) => r.to.includes('sleep-recovery'))).toBe(false)
  })

  it('changes nothing when run again', async () => {
    const revisions = () =>
      t.client.fetch<Record<string, string>[]>(`*[_id match "*wp-*"]{_id, _rev} | order(_id)`, {}, {perspective: 'raw'})
    const before = await revisions()
    const again = await importWordPress({file, uploadsDir, target: lakeTarget(t.client, false), dryRun: false})
    // Categories and authors are now found by slug and name; each post compares equal.
    expect(again.documents).toEqual({created: 0, updated: 0, unchanged: 4})
    expect(await revisions()).toEqual(before)
  })

  it('updates an edited post in place, without a duplicate', async () => {
    const edited = (await readFile(file, 'utf8')).replace(
      '<![CDATA[Porch-Light Conversations:',
      '<![CDATA[Porch-Light Talks:',
    )
    const dir = await mkdtemp(path.join(tmpdir(), 'wxr-'))
    try {
      await writeFile(path.join(dir, 'export.xml'), edited)
      const report = await importWordPress({
        file: path.join(dir, 'export.xml'),
        uploadsDir,
        target: lakeTarget(t.client, false),
        dryRun: false,
      })
      expect(report.documents.updated).toBe(1)
      expect(await t.client.fetch(`*[wordpress.id == 102]{title}`)).toEqual([
        {title: 'Porch-Light Talks: Telling Family You’re in Treatment'},
      ])
    } finally {
      await rm(dir, {recursive: true, force: true})
    }
  })
})

describe('other outputs and bad input', () => {
  it('writes a dataset folder in the export layout, with its images', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'wp-out-'))
    try {
      await importWordPress({file, uploadsDir, target: folderTarget(out, false), dryRun: false})
      const docs = (await readFile(path.join(out, 'data.ndjson'), 'utf8'))
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line))
      expect(docs.filter((d) => d._type === 'post')).toHaveLength(4)
      const images = await readdir(path.join(out, 'images'))
      expect(images).toHaveLength(2)
      expect(JSON.stringify(docs)).toContain(`image@file://./images/${images.find((name) => name.endsWith('.jpg'))}`)
    } finally {
      await rm(out, {recursive: true, force: true})
    }
  })

  it('writes nothing on a dry run', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'wp-dry-'))
    try {
      const report = await importWordPress({file, uploadsDir, target: folderTarget(out, true), dryRun: true})
      expect(report.posts.published).toBe(2)
      expect(await readdir(out)).toEqual([])
    } finally {
      await rm(out, {recursive: true, force: true})
    }
  })

  it.each([
    [
      'malformed XML',
      '<?xml version="1.0"?><rss><channel><wp:wxr_version>1.2</wp:wxr_version><item><title>x</item></channel></rss>',
      /malformed XML/,
    ],
    [
      'an RSS feed that is not a WordPress export',
      '<?xml version="1.0"?><rss><channel><title>x</title><item><title>y</title></item></channel></rss>',
      /not a WordPress export/,
    ],
    ['another XML document', '<?xml version="1.0"?><html><body/></html>', /not a WordPress export/],
  ])('stops with a clear message on %s, having written nothing', async (_name, xml, message) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wxr-bad-'))
    try {
      await writeFile(path.join(dir, 'bad.xml'), xml)
      const out = path.join(dir, 'out')
      await expect(
        importWordPress({file: path.join(dir, 'bad.xml'), target: folderTarget(out, false), dryRun: false}),
      ).rejects.toThrow(WxrError)
      await expect(
        importWordPress({file: path.join(dir, 'bad.xml'), target: folderTarget(out, false), dryRun: false}),
      ).rejects.toThrow(message)
      expect((await readdir(dir)).sort()).toEqual(['bad.xml'])
    } finally {
      await rm(dir, {recursive: true, force: true})
    }
  })
})
