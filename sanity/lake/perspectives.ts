import {isDraftId, isPrivateId, isVersionId, publishedIdOf, type LakeDocument} from './documents.ts'

export type Perspective = 'published' | 'drafts' | 'raw'

const PERSPECTIVE_NAMES: Record<string, Perspective> = {
  published: 'published',
  drafts: 'drafts',
  // The name Sanity used for `drafts` before API v2025-02-19; older clients still send it.
  previewDrafts: 'drafts',
  raw: 'raw',
}

export function parsePerspective(value: string | null): Perspective | null {
  if (value === null || value === '') return 'published'
  return PERSPECTIVE_NAMES[value] ?? null
}

export function needsToken(perspective: Perspective): boolean {
  return perspective !== 'published'
}

/** The documents a query sees under a perspective, as the Content Lake presents them. */
export function documentsFor(perspective: Perspective, all: LakeDocument[]): LakeDocument[] {
  if (perspective === 'raw') return all
  if (perspective === 'published') return all.filter((doc) => !isPrivateId(doc._id))
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
