import {createHash} from 'node:crypto'
import {cp, mkdir, readdir, readFile, rename, rm, stat} from 'node:fs/promises'
import path from 'node:path'
import {imageAssetDocument, imageFileName, probeImage, storedAssetFields, type AssetContext} from './assets.ts'
import {isRecord, type LakeDocument} from './documents.ts'
import {resolveAssetPlaceholders, toAssetPlaceholders} from './export-layout.ts'
import {rebaseSeedDates} from './seed-dates.ts'
import {writeFileAtomic} from '../../lib/files.ts'

const DATA_FILE = 'data.ndjson'
const ASSETS_FILE = 'assets.json'
const IMAGES_DIR = 'images'
const IMAGE_ASSET_TYPE = 'sanity.imageAsset'

export type StoreOptions = {dir: string; seedDir?: string; context: AssetContext}

/**
 * The dataset: every document in memory for querying, and on disk in the layout
 * `sanity dataset export` writes. A transaction is on disk before it is visible or acknowledged.
 */
export class DatasetStore {
  readonly dir: string
  private docs: Map<string, LakeDocument>
  private snapshot: LakeDocument[] | null = null
  private queue: Promise<unknown> = Promise.resolve()

  private constructor(dir: string, docs: Map<string, LakeDocument>) {
    this.dir = dir
    this.docs = docs
  }

  static async open({dir, seedDir, context}: StoreOptions): Promise<DatasetStore> {
    if (!(await exists(path.join(dir, DATA_FILE)))) {
      if (!seedDir) throw new Error(`No dataset at ${dir} (expected ${DATA_FILE})`)
      await copySeed(seedDir, dir)
    }
    await removeStrayTempFiles(dir)
    return new DatasetStore(dir, await loadDataset(dir, context))
  }

  get(id: string): LakeDocument | undefined {
    return this.docs.get(id)
  }

  /** All documents; the same array until the next commit, so queries don't copy the dataset. */
  documents(): LakeDocument[] {
    this.snapshot ??= [...this.docs.values()]
    return this.snapshot
  }

  imageFilePath(fileName: string): string {
    return path.join(this.dir, IMAGES_DIR, path.basename(fileName))
  }

  /** Stores an uploaded image's file and returns its asset document (not yet committed). */
  async storeImage(bytes: Buffer, context: AssetContext, originalFilename?: string): Promise<LakeDocument> {
    const probe = await probeImage(bytes)
    const target = this.imageFilePath(imageFileName(probe))
    if (!(await exists(target))) {
      await mkdir(path.dirname(target), {recursive: true})
      await writeFileAtomic(target, bytes)
    }
    return imageAssetDocument(probe, context, originalFilename ? {originalFilename} : {})
  }

  /**
   * Runs writes one at a time. `build` reads the documents as every earlier write left them
   * (through `get` and `documents`), and what it changes is stored before the next write starts
   * building. Reading before taking the turn lost edits: two Studio windows saving together
   * each built on the same draft, and the later write replaced the other's field.
   * `onStored` runs in the same turn, so whatever it tells listeners arrives in commit order.
   */
  write<T extends ChangeSet>(build: () => T | Promise<T>, onStored?: (result: T) => void): Promise<T> {
    const run = this.queue.then(async () => {
      const result = await build()
      if (!result.changes.length) return result
      const next = new Map(this.docs)
      for (const {id, after} of result.changes) {
        if (after) next.set(id, after)
        else next.delete(id)
      }
      await persist(this.dir, next)
      this.docs = next
      this.snapshot = null
      onStored?.(result)
      return result
    })
    this.queue = run.catch(() => undefined)
    return run
  }
}

/** What a write leaves behind: each document's new state, or null for a deletion. */
export type ChangeSet = {changes: readonly {id: string; after: LakeDocument | null}[]}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  )
}

// Copies into a temporary sibling first, so an interrupted first start never leaves half a dataset.
// The seed's dates are moved to the week it is loaded in (see seed-dates.ts).
async function copySeed(seedDir: string, dir: string): Promise<void> {
  const temp = `${dir}.seeding-${process.pid}`
  await rm(temp, {recursive: true, force: true})
  await mkdir(path.dirname(dir), {recursive: true})
  await cp(seedDir, temp, {recursive: true})
  await rebaseSeedDates(temp, DATA_FILE)
  await rm(dir, {recursive: true, force: true})
  await rename(temp, dir)
}

// A crash mid-write leaves a temporary sibling that was never renamed into place; it holds
// nothing that was acknowledged, so it is safe to delete.
async function removeStrayTempFiles(dir: string): Promise<void> {
  const names = await readdir(dir)
  await Promise.all(
    names.filter((name) => name.endsWith('.tmp')).map((name) => rm(path.join(dir, name), {force: true})),
  )
}

async function loadDataset(dir: string, context: AssetContext): Promise<Map<string, LakeDocument>> {
  const docs = new Map<string, LakeDocument>()
  const referenced = new Set<string>()
  const text = await readFile(path.join(dir, DATA_FILE), 'utf8')
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return
    let parsed: unknown
    try {
      parsed = JSON.parse(line)
    } catch (error) {
      throw new Error(`${DATA_FILE} line ${index + 1} is not valid JSON: ${(error as Error).message}`)
    }
    const doc = resolveAssetPlaceholders(parsed, referenced)
    if (!isRecord(doc) || typeof doc._id !== 'string' || typeof doc._type !== 'string') {
      throw new Error(`${DATA_FILE} line ${index + 1} is not a document (needs _id and _type)`)
    }
    docs.set(doc._id, withRevision(doc as LakeDocument, line))
  })
  for (const asset of await loadImageAssets(dir, context, referenced)) docs.set(asset._id, asset)
  return docs
}

// Every document the Content Lake serves has a revision; the Studio refuses a snapshot without
// one. Hand-written seed documents have none, so they get one derived from their content, the
// same on every start.
function withRevision(doc: LakeDocument, line: string): LakeDocument {
  if (doc._rev) return doc
  return {...doc, _rev: `seed-${createHash('sha1').update(line).digest('hex').slice(0, 16)}`}
}

async function loadImageAssets(dir: string, context: AssetContext, referenced: Set<string>) {
  const stored = await readFile(path.join(dir, ASSETS_FILE), 'utf8').then(
    (raw) => JSON.parse(raw) as Record<string, Record<string, unknown>>,
    () => ({}) as Record<string, Record<string, unknown>>,
  )
  const onDisk = await readdir(path.join(dir, IMAGES_DIR)).catch(() => [] as string[])
  const missing = [...referenced].filter((name) => !onDisk.includes(name))
  if (missing.length) throw new Error(`Images referenced by ${DATA_FILE} are missing: ${missing.join(', ')}`)
  return Promise.all(
    onDisk.map(async (name) => {
      const probe = await probeImage(await readFile(path.join(dir, IMAGES_DIR, name)))
      return withRevision(imageAssetDocument(probe, context, stored[`image-${probe.sha1}`]), probe.sha1)
    }),
  )
}

async function persist(dir: string, docs: Map<string, LakeDocument>): Promise<void> {
  const lines: string[] = []
  const assets: Record<string, Record<string, unknown>> = {}
  const ids = [...docs.keys()].sort()
  for (const id of ids) {
    const doc = docs.get(id) as LakeDocument
    if (doc._type === IMAGE_ASSET_TYPE) {
      assets[`image-${String(doc.sha1hash)}`] = storedAssetFields(doc)
      continue
    }
    lines.push(JSON.stringify(toAssetPlaceholders(doc)))
  }
  await writeFileAtomic(path.join(dir, DATA_FILE), `${lines.join('\n')}\n`)
  await writeFileAtomic(path.join(dir, ASSETS_FILE), `${JSON.stringify(assets, null, 2)}\n`)
}
