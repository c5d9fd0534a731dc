import {isDraftId, isPrivateId, isVersionId, publishedIdOf, type LakeDocument} from './documents.ts'

/**
 * What a query sees: published documents, drafts over them, everything (`raw`), or a stack of
 * releases (and drafts) over them, written `stack:<layer>,<layer>` with the first layer winning.
 */
export type Perspective = 'published' | 'drafts' | 'raw' | `stack:${string}`

const PERSPECTIVE_NAMES: Record<string, Perspective> = {
  published: 'published',
  drafts: 'drafts',
  // The name Sanity used for `drafts` before API v2025-02-19; older clients still send it.
  previewDrafts: 'drafts',
  raw: 'raw',
}

// A release's id as Sanity makes them: "r" and letters and digits ("rWkjX3Z5n").
const RELEASE_ID = /^r[A-Za-z0-9]+$/

/**
 * A perspective from the query string (`drafts`, or a stack `rABC,drafts`) or a POST body
 * (the same, or an array). Null when it is none Sanity would take.
 */
export function parsePerspective(value: string | string[] | null | undefined): Perspective | null {
  if (value === null || value === undefined || value === '') return 'published'
  const layers = (Array.isArray(value) ? value : value.split(',')).map((layer) => layer.trim())
  if (layers.length === 1 && PERSPECTIVE_NAMES[layers[0]]) return PERSPECTIVE_NAMES[layers[0]]
  const valid = layers.every((layer) => layer === 'drafts' || (RELEASE_ID.test(layer) && layer !== 'raw'))
  if (!valid || layers.length === 0 || new Set(layers).size !== layers.length) return null
  return layers.length === 1 && layers[0] === 'drafts' ? 'drafts' : `stack:${layers.join(',')}`
}

export function needsToken(perspective: Perspective): boolean {
  return perspective !== 'published'
}

/** The documents a query sees under a perspective, as the Content Lake presents them. */
export function documentsFor(perspective: Perspective, all: LakeDocument[]): LakeDocument[] {
  if (perspective === 'raw') return all
  if (perspective === 'published') return all.filter((doc) => !isPrivateId(doc._id))
  if (perspective.startsWith('stack:')) return stacked(perspective.slice('stack:'.length).split(','), all)
  // drafts: a draft stands in for its published document, under the published id.
  const drafts = new Map<string, LakeDocument>()
  for (const doc of all) {
    if (isDraftId(doc._id)) drafts.set(publishedIdOf(doc._id), doc)
  }
  const seen = new Set<string>()
  const out: LakeDocument[] = []
  for (const doc of all) {
    if (isVersionId(doc._id)) continue
    const id = publishedIdOf(doc._id)
    if (seen.has(id)) continue
    seen.add(id)
    const draft = drafts.get(id)
    out.push(draft ? {...draft, _id: id, _originalId: draft._id} : doc)
  }
  return out
}

/**
 * A stack of releases (and drafts) over the published documents: each document as the first
 * layer that has a version of it, under its published id. A lake holds release versions only if
 * an import brought them (the Studio offline makes none), so a stack usually reads as drafts.
 */
function stacked(layers: string[], all: LakeDocument[]): LakeDocument[] {
  const byId = new Map(all.map((doc) => [doc._id, doc]))
  const layerId = (layer: string, id: string) => (layer === 'drafts' ? `drafts.${id}` : `versions.${layer}.${id}`)
  const seen = new Set<string>()
  const out: LakeDocument[] = []
  for (const doc of all) {
    const id = publishedIdOf(doc._id)
    if (seen.has(id)) continue
    seen.add(id)
    const top = layers.map((layer) => byId.get(layerId(layer, id))).find(Boolean) ?? byId.get(id)
    if (top) out.push(top._id === id ? top : {...top, _id: id, _originalId: top._id})
  }
  return out
}
