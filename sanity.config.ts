'use client'
// 'use client': the Studio page imports this file, and the Studio runs only in the browser.
import {defineConfig} from 'sanity'
import {presentationTool} from 'sanity/presentation'
import {structureTool} from 'sanity/structure'
import {apiVersion, dataset, projectId, studioUrl} from './sanity/lib/api.ts'
import {schemaTypes} from './sanity/schemaTypes/index.ts'
import {PublishingBadge} from './sanity/studio/badges.ts'
import {calendarTool} from './sanity/studio/calendar/index.ts'
import {locations, mainDocuments, previewMode} from './sanity/studio/presentation.ts'
import {commentsEnabled, offlineOptions} from './sanity/studio/offline.ts'
import {ScheduleAction} from './sanity/studio/ScheduleAction.tsx'
import {singletonSafeActions, SINGLETON_TYPES, withoutSingletonTemplates} from './sanity/studio/singleton.ts'
import {structure} from './sanity/studio/structure.ts'
import {writingGuidanceInspector} from './sanity/studio/writing-guidance/index.ts'
import {SITE_NAME} from './lib/site.ts'

export default defineConfig({
  name: 'resilient-mind',
  title: SITE_NAME,
  basePath: studioUrl,
  projectId,
  dataset,
  apiVersion,
  ...offlineOptions,
  schema: {types: schemaTypes, templates: withoutSingletonTemplates},
  plugins: [
    structureTool({structure}),
    presentationTool({resolve: {locations, mainDocuments}, previewUrl: {previewMode}}),
  ],
  tools: (tools) => [...tools, calendarTool],
  document: {
    comments: {enabled: commentsEnabled},
    actions: (actions, {schemaType}) =>
      schemaType === 'post' ? [...actions, ScheduleAction] : singletonSafeActions(actions, schemaType),
    badges: (badges, {schemaType}) => (schemaType === 'post' ? [...badges, PublishingBadge] : badges),
    inspectors: (inspectors, {documentType}) =>
      documentType === 'post' ? [...inspectors, writingGuidanceInspector] : inspectors,
    newDocumentOptions: (items) => items.filter((item) => !SINGLETON_TYPES.has(item.templateId)),
  },
})
