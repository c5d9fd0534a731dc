'use client'
import {NextStudio} from 'next-sanity/studio'
import {NextStudio as NextStudioWithoutBridge} from 'next-sanity/studio/client-component'
import {usesLocalLake} from '../../lib/env.ts'
import config from '../../sanity.config.ts'
import {answerHostedChecksLocally} from '../../sanity/studio/hosted-checks.ts'

// Before the Studio mounts: its version check runs in an effect of its first render.
if (usesLocalLake) answerHostedChecksLocally()

// next-sanity's default Studio loads Sanity's dashboard bridge from Sanity's CDN. It is for a
// Studio hosted in Sanity's dashboard; offline it could only fail, so the lake's Studio goes without.
export function Studio() {
  return usesLocalLake ? <NextStudioWithoutBridge config={config} /> : <NextStudio config={config} />
}
