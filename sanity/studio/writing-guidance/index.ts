import {ComposeIcon} from '@sanity/icons/Compose'
import {defineDocumentInspector} from 'sanity'
import {WritingGuidance} from './WritingGuidance.tsx'

export const WRITING_GUIDANCE_INSPECTOR = 'writing-guidance'

/** The writing-guidance panel, opened from the article's header beside its other inspectors. */
export const writingGuidanceInspector = defineDocumentInspector({
  name: WRITING_GUIDANCE_INSPECTOR,
  component: WritingGuidance,
  useMenuItem: () => ({icon: ComposeIcon, title: 'Writing guidance', showAsAction: true}),
})
