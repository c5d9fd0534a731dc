import {copyFile, mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {SanityClient} from '@sanity/client'
import {imageAssetId, imageFileName, probeImage} from '../lake/assets.ts'

export type Doc = {_id: string; _type: string; [field: string]: unknown}
/** How a body or main image points at its file: an asset reference, or the export layout's placeholder. */
export type ImageValue = {asset: {_type: 'reference'; _ref: string}} | {_sanityAsset: string}

/** Where imported documents go: the running lake (or a Sanity project), or a dataset folder. */
export interface ImportTarget {
  existing(id: string): Promise<Doc | null>
  categoryIdForSlug(slug: string): Promise<string | null>
  clinicianIdForName(name: string): Promise<string | null>
  image(file: string): Promise<ImageValue>
  /** One transaction: all of a post's documents land, or none. */
  commit(documents: Doc[], deleteIds: string[]): Promise<void>
  finish(): Promise<void>
}

export function lakeTarget(client: SanityClient, dryRun: boolean): ImportTarget {
  const raw = client.withConfig({perspective: 'raw', useCdn: false})
  return {
    existing: (id) => raw.getDocument<Doc>(id).then((doc) => doc ?? null),
    categoryIdForSlug: (slug) =>
      raw.fetch<string | null>(
        `*[_type == "category" && !(_id in path("drafts.**")) && (slug.current == $slug || wordpress.slug == $slug)][0]._id`,
        {slug},
      ),
    clinicianIdForName: (name) =>
      raw.fetch<string | null>(
        `*[_type == "clinician" && !(_id in path("drafts.**")) && lower(name) == lower($name)][0]._id`,
        {name},
      ),
    async image(file) {
      const bytes = await readFile(file)
      const id = imageAssetId(await probeImage(bytes))
      // Asset ids follow the file's content, so an image already uploaded is not sent again.
      if (!dryRun && !(await raw.getDocument(id))) {
        await client.assets.upload('image', bytes, {filename: path.basename(file)})
      }
      return {asset: {_type: 'reference', _ref: id}}
    },
    async commit(documents, deleteIds) {
      if (dryRun || (!documents.length && !deleteIds.length)) return
      const transaction = client.transaction()
      for (const doc of documents) transaction.createOrReplace(doc)
      for (const id of deleteIds) transaction.delete(id)
      await transaction.commit({visibility: 'sync'})
    },
    finish: async () => undefined,
  }
}

/** A folder in the layout `sanity dataset export` writes, for `sanity dataset import`. */
export function folderTarget(dir: string, dryRun: boolean): ImportTarget {
  const documents = new Map<string, Doc>()
  const images = new Map<string, string>()
  return {
    existing: async (id) => documents.get(id) ?? null,
    categoryIdForSlug: async () => null,
    clinicianIdForName: async () => null,
    async image(file) {
      const name = imageFileName(await probeImage(await readFile(file)))
      images.set(name, file)
      return {_sanityAsset: `image@file://./images/${name}`}
    },
    async commit(docs) {
      for (const doc of docs) documents.set(doc._id, doc)
    },
    async finish() {
      if (dryRun) return
      await mkdir(path.join(dir, 'images'), {recursive: true})
      for (const [name, file] of images) await copyFile(file, path.join(dir, 'images', name))
      const lines = [...documents.values()].map((doc) => JSON.stringify(doc))
      await writeFile(path.join(dir, 'data.ndjson'), lines.length ? `${lines.join('\n')}\n` : '')
    },
  }
}
