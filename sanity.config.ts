'use client'
// 'use client': the Studio page imports this file, and the Studio runs only in the browser.
import {defineConfig} from 'sanity'
import {structureTool} from 'sanity/structure'
import {apiVersion, dataset, projectId, studioUrl} from './sanity/lib/api'
import {schemaTypes} from './sanity/schemaTypes'

export default defineConfig({
  name: 'resilient-mind',
  title: 'Resilient Mind Counseling',
  basePath: studioUrl,
  projectId,
  dataset,
  schema: {types: schemaTypes},
  plugins: [structureTool()],
  apiVersion,
})
