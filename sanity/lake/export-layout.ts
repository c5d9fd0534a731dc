import {imageAssetId, parseImageAssetId, parseImageFileName, imageFileName} from './assets.ts'
import {isRecord} from './documents.ts'

// `sanity dataset export` writes image fields as `{_sanityAsset: "image@file://./images/<file>"}`
// instead of a reference to an asset document; `sanity dataset import` uploads the file and turns
// it back. The lake does the same on load and its reverse on save, so its folder stays importable.
const SANITY_ASSET = /^image@file:\/\/\.\/images\/(.+)$/

/** Replaces `_sanityAsset` placeholders with asset references; collects the files they name. */
export function resolveAssetPlaceholders(value: unknown, referenced: Set<string>): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveAssetPlaceholders(item, referenced))
  if (!isRecord(value)) return value
  const out: Record<string, unknown> = {}
  for (const [key, child] of Object.entries(value)) {
    if (key === '_sanityAsset' && typeof child === 'string') {
      const fileName = SANITY_ASSET.exec(child)?.[1]
      const info = fileName ? parseImageFileName(fileName) : null
      if (!fileName || !info) throw new Error(`Unsupported asset placeholder "${child}"`)
      referenced.add(fileName)
      out.asset = {_type: 'reference', _ref: imageAssetId(info)}
      continue
    }
    out[key] = resolveAssetPlaceholders(child, referenced)
  }
  return out
}

/** The reverse: asset references become `_sanityAsset` placeholders, as the export writes them. */
export function toAssetPlaceholders(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toAssetPlaceholders)
  if (!isRecord(value)) return value
  const asset = value.asset
  const info = isRecord(asset) && typeof asset._ref === 'string' ? parseImageAssetId(asset._ref) : null
  const out: Record<string, unknown> = info ? {_sanityAsset: `image@file://./images/${imageFileName(info)}`} : {}
  for (const [key, child] of Object.entries(value)) {
    if (info && key === 'asset') continue
    out[key] = toAssetPlaceholders(child)
  }
  return out
}
