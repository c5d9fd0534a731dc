import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {expect, test} from '@playwright/test'
import {LAKE_DEFAULT_TOKEN, LAKE_DEFAULT_WEBHOOK_SECRET} from '../lib/lake-defaults.ts'

const SITE = 'http://127.0.0.1:3100'

// A seeded generator, so a failure can be replayed: the same run makes the same requests.
function random(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]
  return {next, pick, int: (max: number) => Math.floor(next() * max)}
}

// Each carries a unique tag, so a reflection can be traced to the request that sent it.
const PAYLOADS = [
  (n: number) => `<script>alert(${n})</script>`,
  (n: number) => `"><img src=x onerror=alert(${n})>`,
  (n: number) => `<x-hostile-${n}>`,
  (n: number) => `../../etc/passwd${n}`,
  (n: number) => `..%2F..%2F${n}`,
  (n: number) => `") || true || ("${n}`,
  (n: number) => `*[_type == "sanity.imageAsset"]{...}${n}`,
  (n: number) => `$slug] | order(_id)[0...1000]${n}`,
  (n: number) => `ünïcödé-${n}-日本語-🙂`,
  (n: number) => `%00%ff%fe${n}`,
  (n: number) => `${'a'.repeat(3_000)}${n}`,
  (n: number) => `' OR 1=1 -- ${n}`,
]
const RAW_MARKERS = /<script>alert\(\d+\)<\/script>|<img src=x onerror=alert\(\d+\)>|<x-hostile-\d+>/

type Attempt = {method: 'GET' | 'POST'; url: string; headers?: Record<string, string>; body?: string | FormData}

function attempts(actionFields: [string, string][]): Attempt[] {
  const r = random(20261129)
  const list: Attempt[] = []
  const payload = (n: number) => r.pick(PAYLOADS)(n)
  const enc = (value: string) =>
    r.next() < 0.5 ? encodeURIComponent(value) : value.replace(/[#?\s]/g, encodeURIComponent)
  for (let n = 0; list.length < 1_100; n++) {
    const kind = n % 11
    if (kind === 0)
      list.push({method: 'GET', url: `/${Array.from({length: 1 + r.int(4)}, () => enc(payload(n))).join('/')}`})
    else if (kind === 1) list.push({method: 'GET', url: `/blog/${enc(payload(n))}`})
    else if (kind === 2) list.push({method: 'GET', url: `/team/${enc(payload(n))}`})
    else if (kind === 3)
      list.push({
        method: 'GET',
        url: `/blog/category/${enc(payload(n))}/page/${enc(r.pick(['-1', '0', '1e3', '99999999999999999999', 'NaN', payload(n)]))}`,
      })
    else if (kind === 4)
      list.push({
        method: 'GET',
        url: `/blog/page/${enc(r.pick(['-1', '0', '2.5', '0x10', '9'.repeat(40), payload(n)]))}`,
      })
    else if (kind === 5)
      list.push({
        method: 'GET',
        url: `/search?q=${encodeURIComponent(payload(n))}&page=${encodeURIComponent(payload(n))}`,
      })
    else if (kind === 6) list.push({method: 'GET', url: `/?p=${encodeURIComponent(payload(n))}`})
    else if (kind === 7) {
      const bodies = [
        '{',
        'null',
        '[]',
        '{"_id": 5}',
        JSON.stringify({_type: 'post', slug: payload(n)}),
        'x'.repeat(200_000),
      ]
      list.push({
        method: 'POST',
        url: '/api/revalidate',
        headers: {
          'content-type': r.pick(['application/json', 'text/plain']),
          'sanity-webhook-signature': r.pick(['', 't=1,v1=abc', encodeURIComponent(payload(n))]),
        },
        body: r.pick(bodies),
      })
    } else if (kind === 8) {
      list.push({
        method: 'GET',
        url: `/api/draft-mode/enable?sanity-preview-secret=${encodeURIComponent(payload(n))}&sanity-preview-pathname=${encodeURIComponent(r.pick(['//evil.example', 'https://evil.example', payload(n)]))}`,
      })
    } else if (kind === 9) {
      list.push({
        method: 'GET',
        url: `/api/draft-mode/disable?redirect=${encodeURIComponent(r.pick(['//evil.example', 'javascript:alert(1)', payload(n)]))}`,
      })
    } else {
      // The form's own hidden fields (its Server Action and state), as a browser without
      // JavaScript would send them, around hostile values.
      const form = new FormData()
      for (const [name, value] of actionFields) form.set(name, value)
      for (const field of ['name', 'phone', 'email', 'preferredContact', 'service', 'bestTimes', 'note']) {
        form.set(field, r.pick([payload(n), '', 'x'.repeat(r.pick([10, 5_000, 100_000])), '12345']))
      }
      if (r.next() < 0.3) form.append('name', payload(n))
      list.push({
        method: 'POST',
        url: '/contact',
        headers: {'x-forwarded-for': `10.${r.int(255)}.${r.int(255)}.${r.int(255)}`},
        body: form,
      })
    }
  }
  return list
}

test('over a thousand hostile requests get no server error, crash or unescaped reflection', async () => {
  test.setTimeout(240_000)
  const contact = await (await fetch(`${SITE}/contact`)).text()
  const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&amp;/g, '&')
  const actionFields = [
    ...contact.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?\/>/g),
  ].map((m): [string, string] => [decode(m[1]), decode(m[2] ?? '')])
  expect(actionFields.length).toBeGreaterThan(0)
  const list = attempts(actionFields)
  expect(list.length).toBeGreaterThanOrEqual(1_000)

  const failures: string[] = []
  let next = 0
  const worker = async () => {
    while (next < list.length) {
      const attempt = list[next++]
      const response = await fetch(`${SITE}${attempt.url}`, {
        method: attempt.method,
        headers: attempt.headers,
        body: attempt.body,
        redirect: 'manual',
      }).catch((error: Error) => error)
      if (response instanceof Error) {
        failures.push(`${attempt.method} ${attempt.url.slice(0, 120)}: ${response.message}`)
        continue
      }
      const text = await response.text()
      if (response.status >= 500) failures.push(`${response.status} ${attempt.method} ${attempt.url.slice(0, 120)}`)
      const reflected = RAW_MARKERS.exec(text)
      if (reflected) failures.push(`reflected ${reflected[0]} from ${attempt.method} ${attempt.url.slice(0, 120)}`)
    }
  }
  await Promise.all(Array.from({length: 4}, worker))
  expect(failures).toEqual([])
  // Still standing, and still answering as before.
  const home = await fetch(`${SITE}/`)
  expect(home.status).toBe(200)
})

test('no token or secret reaches the browser: built assets and pages are clean', async ({page}) => {
  const secrets = [
    LAKE_DEFAULT_TOKEN,
    LAKE_DEFAULT_WEBHOOK_SECRET,
    process.env.SANITY_API_READ_TOKEN,
    process.env.SANITY_REVALIDATE_SECRET,
  ].filter((value): value is string => Boolean(value))
  const files: string[] = []
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) await walk(full)
      else files.push(full)
    }
  }
  await walk('.next/static')
  expect(files.length).toBeGreaterThan(10)
  for (const file of files) {
    const content = await readFile(file, 'latin1')
    for (const secret of secrets) expect({file, leaks: content.includes(secret)}).toEqual({file, leaks: false})
  }
  for (const url of [
    '/',
    '/blog',
    '/blog/your-first-group-session',
    '/contact',
    '/team/maya-ellison',
    '/search?q=group',
    '/studio',
    '/feed.xml',
  ]) {
    const response = await page.request.get(url)
    const body = await response.text()
    for (const secret of secrets) expect({url, leaks: body.includes(secret)}).toEqual({url, leaks: false})
  }
})
