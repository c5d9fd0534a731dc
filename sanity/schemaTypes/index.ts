import {category} from './documents/category.ts'
import {clinician} from './documents/clinician.ts'
import {post} from './documents/post.ts'
import {siteSettings} from './documents/siteSettings.ts'
import {accessibleImage} from './objects/accessibleImage.ts'
import {blockContent} from './objects/blockContent.ts'
import {callout} from './objects/callout.ts'
import {callToAction} from './objects/callToAction.ts'
import {crisisResources} from './objects/crisisResources.ts'

/** The content model, in the order the Studio lists it. */
export const schemaTypes = [
  post,
  clinician,
  category,
  siteSettings,
  blockContent,
  accessibleImage,
  callout,
  callToAction,
  crisisResources,
]
