import {appendFile, cp, readdir, rm} from 'node:fs/promises'
import path from 'node:path'
import {SEED_DIR} from '../sanity/lake/config.ts'

// Synthetic articles for the benchmark: the seed's clinicians, categories, settings and images,
// plus N posts with bodies shaped like the real ones (headings, lists, images, links, a call
// to action). The words are filler assembled from a fixed list; only their shape matters here.

const WORDS = (
  'group therapy recovery support skills week session plan care family sleep stress grounding ' +
  'breath practice routine progress clinician schedule program outpatient evening morning calm ' +
  'change habit trust listen share notice return practice steady small step'
).split(' ')

function generator(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 4294967296
  }
  return {next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]}
}

export type GeneratedDataset = {dir: string; posts: number; slugs: string[]; categories: string[]; clinicians: string[]}

export async function generateDataset(dir: string, posts: number): Promise<GeneratedDataset> {
  await rm(dir, {recursive: true, force: true})
  await cp(SEED_DIR, dir, {recursive: true})
  const images = (await readdir(path.join(dir, 'images'))).filter((name) => /\.(jpg|png)$/.test(name))
  const categories = [
    'category-coping-skills',
    'category-group-therapy',
    'category-intensive-outpatient',
    'category-recovery',
    'category-bipoc-community-care',
  ]
  const clinicians = ['clinician-maya-ellison', 'clinician-andre-whitaker', 'clinician-jordan-reyes']
  const r = generator(posts)
  const sentence = (min: number, max: number) => {
    const length = min + Math.floor(r.next() * (max - min))
    const words = Array.from({length}, () => r.pick(WORDS))
    return `${words[0][0].toUpperCase()}${words[0].slice(1)} ${words.slice(1).join(' ')}.`
  }
  let key = 0
  const k = () => `b${(key++).toString(36)}`
  const block = (text: string, style = 'normal', extra: Record<string, unknown> = {}) => ({
    _type: 'block',
    _key: k(),
    style,
    markDefs: [],
    children: [{_type: 'span', _key: k(), text, marks: []}],
    ...extra,
  })
  const image = () => ({
    _type: 'accessibleImage',
    _key: k(),
    _sanityAsset: `image@file://./images/${r.pick(images)}`,
    alt: sentence(4, 9),
  })

  const lines: string[] = []
  const slugs: string[] = []
  const start = Date.UTC(2018, 0, 1)
  for (let i = 0; i < posts; i++) {
    const slug = `bench-article-${i + 1}`
    slugs.push(slug)
    const linkKey = k()
    const body = [
      block(sentence(25, 45)),
      block(sentence(3, 7), 'h2'),
      block(sentence(30, 60)),
      block(sentence(8, 14), 'normal', {listItem: 'bullet', level: 1}),
      block(sentence(8, 14), 'normal', {listItem: 'bullet', level: 1}),
      block(sentence(8, 14), 'normal', {listItem: 'bullet', level: 1}),
      image(),
      block(sentence(3, 7), 'h2'),
      {
        _type: 'block',
        _key: k(),
        style: 'normal',
        markDefs: [{_type: 'link', _key: linkKey, href: 'https://988lifeline.org/'}],
        children: [
          {_type: 'span', _key: k(), text: `${sentence(20, 40)} `, marks: []},
          {_type: 'span', _key: k(), text: 'the 988 Lifeline', marks: [linkKey]},
        ],
      },
      block(sentence(30, 60)),
      block(sentence(6, 12), 'blockquote'),
      {_type: 'callToAction', _key: k(), label: 'Ask about a first visit', href: '/contact'},
    ]
    const doc = {
      _id: `post-bench-${i + 1}`,
      _type: 'post',
      title: sentence(4, 9).replace(/\.$/, ''),
      slug: {_type: 'slug', current: slug},
      excerpt: sentence(14, 24).slice(0, 200),
      mainImage: {
        _type: 'accessibleImage',
        _sanityAsset: `image@file://./images/${r.pick(images)}`,
        alt: sentence(4, 9),
      },
      body,
      categories: [{_type: 'reference', _key: 'c0', _ref: r.pick(categories)}],
      author: {_type: 'reference', _ref: r.pick(clinicians)},
      // Spread over past years, all already live.
      publishedAt: new Date(start + Math.floor((i / posts) * (Date.UTC(2026, 6, 1) - start))).toISOString(),
      contentWarning: false,
    }
    lines.push(JSON.stringify(doc))
  }
  await appendFile(path.join(dir, 'data.ndjson'), `${lines.join('\n')}\n`)
  return {
    dir,
    posts,
    slugs,
    categories: ['coping-skills', 'group-therapy', 'recovery'],
    clinicians: ['maya-ellison', 'andre-whitaker'],
  }
}
