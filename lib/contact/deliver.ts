import path from 'node:path'
import {sendAppointmentEmail} from './mailer.ts'
import {writeToOutbox} from './outbox.ts'
import type {AppointmentRequest} from './schema.ts'

export type DeliveryConfig = {smtpUrl?: string; to?: string; from?: string; outboxDir: string}

/**
 * By SMTP when it is configured, else to the outbox folder. If SMTP fails, the request goes to
 * the outbox, so nothing a visitor sent is lost. Contents are never logged.
 */
export async function deliverAppointment(
  config: DeliveryConfig,
  request: AppointmentRequest,
): Promise<'email' | 'outbox'> {
  if (config.smtpUrl && config.to) {
    try {
      await sendAppointmentEmail(config.smtpUrl, config.to, config.from ?? config.to, request)
      return 'email'
    } catch (error) {
      console.error(`[contact] SMTP delivery failed (${(error as Error).name}); keeping the request in the outbox`)
    }
  }
  await writeToOutbox(path.resolve(config.outboxDir), request)
  return 'outbox'
}
