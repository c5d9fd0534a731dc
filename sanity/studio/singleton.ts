import type {DocumentActionComponent, Template} from 'sanity'

export const SINGLETON_TYPES = new Set(['siteSettings', 'practiceDetails'])

// A singleton is opened from the structure only: it cannot be created a second time from the
// "new document" menu, duplicated, deleted or unpublished.
const SINGLETON_ACTIONS = new Set(['publish', 'discardChanges', 'restore'])

export function withoutSingletonTemplates(templates: Template[]): Template[] {
  return templates.filter((template) => !SINGLETON_TYPES.has(template.schemaType))
}

export function singletonSafeActions(
  actions: DocumentActionComponent[],
  schemaType: string,
): DocumentActionComponent[] {
  if (!SINGLETON_TYPES.has(schemaType)) return actions
  return actions.filter((action) => action.action !== undefined && SINGLETON_ACTIONS.has(action.action))
}
