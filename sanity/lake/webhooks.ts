import {randomUUID} from 'node:crypto'
import {encodeSignatureHeader, SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import {isPrivateId, isRecord, type LakeDocument} from './documents.ts'
import type {DocumentChange, Transaction} from './transaction.ts'

export type WebhookTarget = {url: string; secret: string; projectId: string; dataset: string}
export type WebhookPayload = {
  _id: string
  _type: string
  operation: 'create' | 'update' | 'delete'
  slug?: string
  previousSlug?: string
}

const RETRY_DELAYS_MS = [250, 1000, 3000]
const DELIVERY_TIMEOUT_MS = 10_000

/**
 * Sends one signed notification per changed published document, like a Sanity GROQ-powered
 * webhook with "trigger on drafts" off (its default). Failures are retried, then logged.
 */
export class WebhookSender {
  private readonly target: WebhookTarget
  private readonly pending = new Set<Promise<void>>()

  constructor(target: WebhookTarget) {
    this.target = target
  }

  notify(transaction: Transaction): void {
    for (const change of transaction.changes) {
      if (isPrivateId(change.id)) continue
      const delivery = this.deliver(payloadFor(change), transaction.transactionId)
      this.pending.add(delivery)
      void delivery.finally(() => this.pending.delete(delivery))
    }
  }

  /** Resolves when every notification sent so far has been delivered or given up on. */
  async idle(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending])
  }

  private async deliver(payload: WebhookPayload, transactionId: string): Promise<void> {
    const body = JSON.stringify(payload)
    const idempotencyKey = randomUUID()
    for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt++) {
      try {
        const response = await fetch(this.target.url, {
          method: 'POST',
          body,
          signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
          headers: {
            'content-type': 'application/json',
            [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), this.target.secret),
            'idempotency-key': idempotencyKey,
            'sanity-operation': payload.operation,
            'sanity-document-id': payload._id,
            'sanity-transaction-id': transactionId,
            'sanity-project-id': this.target.projectId,
            'sanity-dataset': this.target.dataset,
          },
        })
        if (response.ok) return
        if (response.status < 500 && response.status !== 429) {
          console.error(`[lake] webhook for ${payload._id} refused with ${response.status}; not retrying`)
          return
        }
      } catch (error) {
        if (attempt === RETRY_DELAYS_MS.length) {
          console.error(`[lake] webhook for ${payload._id} failed: ${(error as Error).message}`)
          return
        }
      }
      if (attempt < RETRY_DELAYS_MS.length) await sleep(RETRY_DELAYS_MS[attempt])
    }
    console.error(`[lake] webhook for ${payload._id} gave up after ${RETRY_DELAYS_MS.length + 1} attempts`)
  }
}

export function payloadFor({id, before, after}: DocumentChange): WebhookPayload {
  const doc = (after ?? before) as LakeDocument
  const operation = !before ? 'create' : !after ? 'delete' : 'update'
  const slug = slugOf(after) ?? slugOf(before)
  const previousSlug = slugOf(before)
  return {
    _id: id,
    _type: doc._type,
    operation,
    ...(slug ? {slug} : {}),
    ...(previousSlug && previousSlug !== slug ? {previousSlug} : {}),
  }
}

function slugOf(doc: LakeDocument | null): string | undefined {
  const slug = doc?.slug
  return isRecord(slug) && typeof slug.current === 'string' ? slug.current : undefined
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
