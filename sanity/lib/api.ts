import {publicEnv, usesLocalLake} from '../../lib/env.ts'
import {LAKE_DATASET, LAKE_PROJECT_ID} from '../../lib/lake-defaults.ts'
import {SANITY_API_VERSION} from './api-version.ts'

/** The Content Lake API version the site is written against (api-version.ts). */
export const apiVersion = SANITY_API_VERSION

/** Where content lives: a real Sanity project, or the local lake when none is configured. */
export const projectId = publicEnv.NEXT_PUBLIC_SANITY_PROJECT_ID ?? LAKE_PROJECT_ID
export const dataset = usesLocalLake ? LAKE_DATASET : publicEnv.NEXT_PUBLIC_SANITY_DATASET
export const studioUrl = '/studio'
