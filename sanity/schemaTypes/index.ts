import {category} from './documents/category.ts'
import {clinician} from './documents/clinician.ts'
import {group} from './documents/group.ts'
import {post} from './documents/post.ts'
import {practiceDetails} from './documents/practiceDetails.ts'
import {redirect} from './documents/redirect.ts'
import {siteSettings} from './documents/siteSettings.ts'
import {accessibleImage} from './objects/accessibleImage.ts'
import {blockContent} from './objects/blockContent.ts'
import {callout} from './objects/callout.ts'
import {callToAction} from './objects/callToAction.ts'
import {crisisResources} from './objects/crisisResources.ts'
import {closure, meeting, officeHours, selfPayRate} from './objects/practiceObjects.ts'

/** The content model, in the order the Studio lists it. */
export const schemaTypes = [
  post,
  clinician,
  category,
  siteSettings,
  group,
  practiceDetails,
  redirect,
  blockContent,
  accessibleImage,
  callout,
  callToAction,
  crisisResources,
  meeting,
  officeHours,
  closure,
  selfPayRate,
]
