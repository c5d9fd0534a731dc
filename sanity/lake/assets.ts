import {createHash} from 'node:crypto'
import sharp from 'sharp'
import type {LakeDocument} from './documents.ts'

/** What an image file's name says about it, in the export layout (`images/<sha1>-<w>x<h>.<ext>`). */
export type ImageFileInfo = {sha1: string; width: number; height: number; extension: string}

const IMAGE_FILE = /^([a-f0-9]{40})-(\d+)x(\d+)\.([a-z0-9]+)$/
const IMAGE_ASSET_ID = /^image-([a-f0-9]{40})-(\d+)x(\d+)-([a-z0-9]+)$/

export function parseImageFileName(name: string): ImageFileInfo | null {
  const match = IMAGE_FILE.exec(name)
  if (!match) return null
  return {sha1: match[1], width: Number(match[2]), height: Number(match[3]), extension: match[4]}
}

export function parseImageAssetId(id: string): ImageFileInfo | null {
  const match = IMAGE_ASSET_ID.exec(id)
  if (!match) return null
  return {sha1: match[1], width: Number(match[2]), height: Number(match[3]), extension: match[4]}
}

export function imageFileName(info: ImageFileInfo): string {
  return `${info.sha1}-${info.width}x${info.height}.${info.extension}`
}

export function imageAssetId(info: ImageFileInfo): string {
  return `image-${info.sha1}-${info.width}x${info.height}-${info.extension}`
}

export const MIME_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
  svg: 'image/svg+xml',
}

export type ImageProbe = ImageFileInfo & {size: number; hasAlpha: boolean; lqip: string}

/** Reads an image's hash, size and a tiny blurred preview, as Sanity does on upload. */
export async function probeImage(bytes: Buffer): Promise<ImageProbe> {
  const image = sharp(bytes)
  const meta = await image.metadata()
  const format = meta.format === 'jpeg' ? 'jpg' : meta.format
  if (!format || !(format in MIME_TYPES) || !meta.width || !meta.height) {
    throw new Error('Not a supported image (JPEG, PNG, WebP, GIF, AVIF or SVG)')
  }
  const preview = await sharp(bytes).resize(20).blur().jpeg({quality: 40}).toBuffer()
  return {
    sha1: createHash('sha1').update(bytes).digest('hex'),
    width: meta.width,
    height: meta.height,
    extension: format,
    size: bytes.length,
    hasAlpha: Boolean(meta.hasAlpha),
    lqip: `data:image/jpeg;base64,${preview.toString('base64')}`,
  }
}

export type AssetContext = {projectId: string; dataset: string; baseUrl: string}

/** The `sanity.imageAsset` document Sanity would hold for an image file. */
export function imageAssetDocument(
  probe: ImageProbe,
  context: AssetContext,
  stored: Record<string, unknown> = {},
): LakeDocument {
  const fileName = imageFileName(probe)
  const assetPath = `images/${context.projectId}/${context.dataset}/${fileName}`
  return {
    ...stored,
    _id: imageAssetId(probe),
    _type: 'sanity.imageAsset',
    assetId: probe.sha1,
    extension: probe.extension,
    mimeType: MIME_TYPES[probe.extension],
    path: assetPath,
    url: `${context.baseUrl}/${assetPath}`,
    sha1hash: probe.sha1,
    size: probe.size,
    metadata: {
      _type: 'sanity.imageMetadata',
      dimensions: {
        _type: 'sanity.imageDimensions',
        width: probe.width,
        height: probe.height,
        aspectRatio: probe.width / probe.height,
      },
      lqip: probe.lqip,
      hasAlpha: probe.hasAlpha,
      isOpaque: !probe.hasAlpha,
    },
  }
}

// Fields the export layout keeps in assets.json: everything but what the file itself says.
const DERIVED_ASSET_FIELDS = new Set(['_id', '_type', 'assetId', 'extension', 'mimeType', 'path', 'uploadId', 'url'])

export function storedAssetFields(asset: LakeDocument): Record<string, unknown> {
  return Object.fromEntries(Object.entries(asset).filter(([key]) => !DERIVED_ASSET_FIELDS.has(key)))
}
