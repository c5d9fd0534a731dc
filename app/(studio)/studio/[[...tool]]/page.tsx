import {ConnectSanityProject} from '@/components/studio/ConnectSanityProject'
import {Studio} from '@/components/studio/Studio'
import {usesLocalLake} from '@/lib/env'

// The Studio logs in to a Sanity project; against the local lake there is nothing to log in
// to, so the page explains how to connect one instead.
export default function StudioPage() {
  return usesLocalLake ? <ConnectSanityProject /> : <Studio />
}
