import {encodeSignatureHeader, SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import {LAKE_DEFAULT_WEBHOOK_SECRET} from '../../lib/lake-defaults.ts'

/** A POST signed the way the content webhook (and the page cache's go-live call) signs its body. */
export async function signedInit(body: string, secret = LAKE_DEFAULT_WEBHOOK_SECRET) {
  return {
    method: 'POST',
    body,
    headers: {[SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), secret)},
  }
}
