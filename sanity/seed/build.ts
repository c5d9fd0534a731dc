import {createHash} from 'node:crypto'
import {mkdir, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import {artwork} from './artwork.ts'
import type {ArticleSeed} from './content/article.ts'
import {communityArticles} from './content/articles-community.ts'
import {programArticles} from './content/articles-program.ts'
import {SEED_REFERENCE_MONDAY} from './content/dates.ts'
import {categories, clinicians, settings} from './content/practice.ts'
import {clinicianAvailability, groups, practiceDetails} from './content/practice-details.ts'
import {toPortableText, type ImageRef} from './portable-text.ts'
import {RELATIVE_DATES_FILE} from '../lake/seed-dates.ts'

// `npm run seed:build` regenerates sanity/seed (data.ndjson, images/, assets.json) from the
// content modules. The output is committed: it is what the lake loads and what
// `sanity dataset import sanity/seed` imports into a real project.
const seedDir = import.meta.dirname
const imagesDir = path.join(seedDir, 'images')

async function renderArtwork() {
  await rm(imagesDir, {recursive: true, force: true})
  await mkdir(imagesDir, {recursive: true})
  const files: Record<string, {fileName: string; sha1: string; originalFilename: string}> = {}
  for (const [name, {svg, filename}] of Object.entries(artwork)) {
    const bytes = await sharp(Buffer.from(svg)).jpeg({quality: 82, mozjpeg: true}).toBuffer()
    const {width, height} = await sharp(bytes).metadata()
    const sha1 = createHash('sha1').update(bytes).digest('hex')
    const fileName = `${sha1}-${width}x${height}.jpg`
    await writeFile(path.join(imagesDir, fileName), bytes)
    files[name] = {fileName, sha1, originalFilename: filename}
  }
  return files
}

const ref = (id: string) => ({_type: 'reference', _ref: id})
const slug = (current: string) => ({_type: 'slug', current})
const keyed = <T extends object>(items: T[], type: string) =>
  items.map((item, i) => ({_key: `${type}${i}`, _type: type, ...item}))

async function main() {
  const files = await renderArtwork()
  const image = ({asset, alt, caption}: ImageRef) => {
    const file = files[asset]
    if (!file) throw new Error(`Unknown seed image "${asset}"`)
    return {_sanityAsset: `image@file://./images/${file.fileName}`, alt, ...(caption ? {caption} : {})}
  }
  const docs: Record<string, unknown>[] = [
    {
      _id: 'siteSettings',
      _type: 'siteSettings',
      ...settings,
    },
    {
      _id: 'practiceDetails',
      _type: 'practiceDetails',
      ...practiceDetails,
      officeHours: keyed(practiceDetails.officeHours, 'officeHours'),
      closures: keyed(practiceDetails.closures, 'closure'),
      selfPayRates: keyed(practiceDetails.selfPayRates, 'selfPayRate'),
      location: {_type: 'geopoint', ...practiceDetails.location},
    },
    ...groups.map((g) => ({
      _id: `group-${g.slug}`,
      _type: 'group',
      unconfirmed: true,
      ...g,
      slug: slug(g.slug),
      meetings: keyed(g.meetings, 'meeting'),
      facilitators: g.facilitators.map((c, i) => ({_key: `facilitator${i}`, ...ref(`clinician-${c}`)})),
    })),
    ...categories.map((c) => ({
      _id: `category-${c.slug}`,
      _type: 'category',
      title: c.title,
      slug: slug(c.slug),
      description: c.description,
    })),
    ...clinicians.map((c) => ({
      _id: `clinician-${c.slug}`,
      _type: 'clinician',
      name: c.name,
      slug: slug(c.slug),
      credentials: c.credentials,
      licenseNumber: c.licenseNumber,
      ...(c.supervisor ? {supervisor: ref(`clinician-${c.supervisor}`)} : {}),
      photo: {_type: 'accessibleImage', ...image(c.photo)},
      specialties: c.specialties,
      ...clinicianAvailability[c.slug],
      bio: toPortableText(c.bio, c.slug, (r) => image(r)),
    })),
    ...[...programArticles, ...communityArticles].map((a: ArticleSeed) => ({
      _id: a.draft ? `drafts.post-${a.slug}` : `post-${a.slug}`,
      _type: 'post',
      title: a.title,
      slug: slug(a.slug),
      excerpt: a.excerpt,
      mainImage: {_type: 'accessibleImage', ...image(a.image)},
      body: toPortableText(a.body, a.slug, (r) => image(r)),
      categories: a.categories.map((c, i) => ({_key: `cat${i}`, ...ref(`category-${c}`)})),
      author: ref(`clinician-${a.author}`),
      ...(a.reviewedBy ? {reviewedBy: ref(`clinician-${a.reviewedBy}`)} : {}),
      contentWarning: a.contentWarning ?? false,
      publishedAt: a.publishedAt,
      ...(a.updatedAt ? {updatedAt: a.updatedAt} : {}),
    })),
  ]
  docs.sort((a, b) => String(a._id).localeCompare(String(b._id)))
  await writeFile(path.join(seedDir, 'data.ndjson'), `${docs.map((d) => JSON.stringify(d)).join('\n')}\n`)
  const assets = Object.fromEntries(
    Object.values(files).map((f) => [`image-${f.sha1}`, {originalFilename: f.originalFilename}]),
  )
  await writeFile(path.join(seedDir, 'assets.json'), `${JSON.stringify(assets, null, 2)}\n`)
  // Tells the lake the dates above are relative to that week (sanity/lake/seed-dates.ts).
  const relativeDates = {referenceMonday: SEED_REFERENCE_MONDAY}
  await writeFile(path.join(seedDir, RELATIVE_DATES_FILE), `${JSON.stringify(relativeDates)}\n`)
  console.log(`seed: ${docs.length} documents, ${Object.keys(files).length} images`)
}

await main()
