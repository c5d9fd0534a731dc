import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {createImageUrlBuilder} from '@sanity/image-url'
import sharp from 'sharp'
import {SEED_DIR} from '../../../sanity/lake/config.ts'
import {startTestLake, type TestLake} from '../../helpers/lake.ts'

let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
})
afterAll(() => t.stop())

async function fetchImage(url: string, accept = 'image/webp,image/*') {
  const response = await fetch(url, {headers: {accept}})
  const body = Buffer.from(await response.arrayBuffer())
  return {response, body, meta: response.ok ? await sharp(body).metadata() : null}
}

describe('images', () => {
  it('turns seed images into asset documents with dimensions and a blurred preview', async () => {
    const asset = await t.anonymous.fetch('*[_id == "post-your-first-group-session"][0].mainImage.asset->')
    expect(asset).toMatchObject({
      _type: 'sanity.imageAsset',
      metadata: {dimensions: {width: 1600, height: 900}, lqip: expect.stringMatching(/^data:image\/jpeg;base64,/)},
    })
  })

  it('serves the URLs @sanity/image-url builds, resized and as WebP, with long-lived caching', async () => {
    const image = await t.anonymous.fetch('*[_id == "post-your-first-group-session"][0].mainImage')
    const builder = createImageUrlBuilder({projectId: 'local', dataset: 'production', baseUrl: t.lake.url})
    const url = builder.image(image).width(400).auto('format').quality(70).url()

    const {response, meta} = await fetchImage(url)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/webp')
    expect(response.headers.get('cache-control')).toMatch(/max-age=31536000/)
    expect(meta).toMatchObject({format: 'webp', width: 400, height: 225})
  })

  it('crops with rect, fills a box with fit=crop, and keeps JPEG when WebP is not accepted', async () => {
    const image = await t.anonymous.fetch('*[_id == "post-your-first-group-session"][0].mainImage')
    const builder = createImageUrlBuilder({projectId: 'local', dataset: 'production', baseUrl: t.lake.url})
    const cropped = await fetchImage(builder.image(image).rect(0, 0, 800, 800).width(100).url())
    expect(cropped.meta).toMatchObject({width: 100, height: 100})

    const boxed = await fetchImage(
      builder.image(image).width(300).height(300).fit('crop').auto('format').url(),
      'image/jpeg',
    )
    expect(boxed.meta).toMatchObject({format: 'jpeg', width: 300, height: 300})
  })

  it('crops around a focal point (two points, two crops, each where its point is), and at the busiest part', async () => {
    // 400 x 100: red on the left half, blue on the right.
    const halves = await sharp({create: {width: 400, height: 100, channels: 3, background: {r: 220, g: 0, b: 0}}})
      .composite([
        {input: {create: {width: 200, height: 100, channels: 3, background: {r: 0, g: 0, b: 220}}}, left: 200, top: 0},
      ])
      .png()
      .toBuffer()
    const asset = await t.client.assets.upload('image', halves, {filename: 'halves.png'})
    const crop = async (params: string) => {
      const {response, body} = await fetchImage(`${asset.url}?w=100&h=100&fit=crop&fm=png&${params}`)
      expect(response.status).toBe(200)
      const {channels} = await sharp(body).stats()
      return {red: Math.round(channels[0].mean), blue: Math.round(channels[2].mean)}
    }
    expect(await crop('crop=focalpoint&fp-x=0.1&fp-y=0.5')).toEqual({red: 220, blue: 0})
    expect(await crop('crop=focalpoint&fp-x=0.9&fp-y=0.5')).toEqual({red: 0, blue: 220})
    // Centred, the same box straddles both halves.
    const centre = await crop('crop=center')
    expect(centre.red).toBeGreaterThan(50)
    expect(centre.blue).toBeGreaterThan(50)

    // Flat on the left, detail on the right: entropy keeps the detail.
    const noise = Buffer.from(Array.from({length: 200 * 100 * 3}, (_, i) => (i * 7919) % 251))
    const busy = await sharp({create: {width: 400, height: 100, channels: 3, background: {r: 128, g: 128, b: 128}}})
      .composite([{input: noise, raw: {width: 200, height: 100, channels: 3}, left: 200, top: 0}])
      .png()
      .toBuffer()
    const busyAsset = await t.client.assets.upload('image', busy, {filename: 'busy.png'})
    const spread = async (params: string) => {
      const {body} = await fetchImage(`${busyAsset.url}?w=100&h=100&fit=crop&fm=png&${params}`)
      return (await sharp(body).stats()).channels[0].stdev
    }
    expect(await spread('crop=entropy')).toBeGreaterThan((await spread('crop=left')) + 20)
  })

  it('stores an SVG as Sanity does: an image asset with its size, served as drawn, rasterised only on request', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60"><rect width="120" height="60" fill="#1d4f91"/></svg>',
    )
    const asset = await t.client.assets.upload('image', svg, {filename: 'logo.svg'})
    expect(asset).toMatchObject({
      _type: 'sanity.imageAsset',
      extension: 'svg',
      mimeType: 'image/svg+xml',
      metadata: {dimensions: {width: 120, height: 60}},
    })
    expect(asset.url).toMatch(/-120x60\.svg$/)
    for (const params of ['', '?w=60&auto=format']) {
      const {response, body} = await fetchImage(`${asset.url}${params}`)
      expect(response.headers.get('content-type')).toBe('image/svg+xml')
      expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/)
      expect(body.equals(svg)).toBe(true)
    }
    const {meta} = await fetchImage(`${asset.url}?w=60&fm=png`)
    expect(meta).toMatchObject({format: 'png', width: 60, height: 30})
  })

  it('answers bad image parameters with a 400 and unknown images with a 404', async () => {
    const image = await t.anonymous.fetch<string>('*[_id == "post-your-first-group-session"][0].mainImage.asset->url')
    expect((await fetch(`${image}?w=-5`)).status).toBe(400)
    expect((await fetch(`${image}?rect=0,0,9000,9000`)).status).toBe(400)
    expect((await fetch(`${image}?fit=crop&crop=focalpoint&fp-x=2`)).status).toBe(400)
    expect((await fetch(`${t.lake.url}/images/local/production/${'0'.repeat(40)}-10x10.jpg`)).status).toBe(404)
  })

  it('stores an uploaded image as an asset that can be referenced and served', async () => {
    const seedImages = path.join(SEED_DIR, 'images')
    const bytes = await sharp({create: {width: 64, height: 48, channels: 3, background: '#336699'}})
      .png()
      .toBuffer()
    const asset = await t.client.assets.upload('image', bytes, {filename: 'square.png'})
    expect(asset).toMatchObject({_type: 'sanity.imageAsset', originalFilename: 'square.png', extension: 'png'})
    expect(asset._id).toMatch(/^image-[a-f0-9]{40}-64x48-png$/)

    const {meta} = await fetchImage(`${asset.url}?w=32`, 'image/png')
    expect(meta).toMatchObject({width: 32, height: 24})
    // The upload lands in the lake's own copy, never in the committed seed.
    await expect(readFile(path.join(seedImages, path.basename(asset.path)))).rejects.toThrow()
  })

  it('refuses uploads without a token, and files that are not images', async () => {
    await expect(t.anonymous.assets.upload('image', Buffer.from('x'))).rejects.toMatchObject({statusCode: 401})
    await expect(t.client.assets.upload('image', Buffer.from('not an image'))).rejects.toMatchObject({statusCode: 400})
  })
})
