import {category} from './documents/category'
import {clinician} from './documents/clinician'
import {post} from './documents/post'
import {siteSettings} from './documents/siteSettings'
import {accessibleImage} from './objects/accessibleImage'
import {blockContent} from './objects/blockContent'
import {callout} from './objects/callout'
import {callToAction} from './objects/callToAction'
import {crisisResources} from './objects/crisisResources'

/** The content model, in the order the Studio lists it. */
export const schemaTypes = [post, clinician, category, siteSettings, blockContent, accessibleImage, callout, callToAction, crisisResources]
