'use server'
import {headers} from 'next/headers'
import {redirect} from 'next/navigation'
import {clientAddress} from '../../../lib/contact/client-address.ts'
import {deliverAppointment} from '../../../lib/contact/deliver.ts'
import {createRateLimiter} from '../../../lib/contact/rate-limit.ts'
import {formValues, parseAppointment} from '../../../lib/contact/schema.ts'
import type {AppointmentFormState} from '../../../lib/contact/form-state.ts'
import {sharedRedis} from '../../../lib/redis/client.ts'
import {getGroups} from '../../../sanity/lib/groups.ts'
import {serverEnv} from '../../../lib/server-env.ts'
import {routes} from '../../../lib/routes.ts'

const TEN_MINUTES = 10 * 60 * 1000
// Shared by every instance when REDIS_URL is set, so a visitor cannot get round it on another.
const limiter = createRateLimiter({
  limit: serverEnv.contactRateLimit,
  windowMs: TEN_MINUTES,
  keyPrefix: 'contact-form',
  redis: sharedRedis(serverEnv.redisUrl),
})

/** The office reads the group's name, not its slug; a group gone since the form was opened still counts. */
async function groupName(slug: string): Promise<string> {
  const group = (await getGroups()).find((listed) => listed.slug === slug)
  return group ? group.title : `${slug} (no longer listed on the site)`
}

export async function requestAppointment(
  _previous: AppointmentFormState,
  formData: FormData,
): Promise<AppointmentFormState> {
  const submitted = formValues(formData)
  // The honeypot's value is never echoed back into the form.
  const {website: _honeypot, ...values} = submitted
  const parsed = parseAppointment(submitted)
  if (!parsed.ok) return {errors: parsed.errors, values}

  if (!(await limiter.take(clientAddress(await headers())))) {
    return {
      errors: {},
      values,
      message: 'You have sent several requests in a short time. Please call us, or try again in a few minutes.',
    }
  }
  // A filled-in honeypot is a bot: it is told "thank you" and nothing is sent.
  if (!parsed.isBot) {
    try {
      await deliverAppointment(
        {
          smtpUrl: serverEnv.smtpUrl,
          to: serverEnv.appointmentEmailTo,
          from: serverEnv.appointmentEmailFrom,
          outboxDir: serverEnv.outboxDir,
        },
        parsed.request.group ? {...parsed.request, group: await groupName(parsed.request.group)} : parsed.request,
      )
    } catch {
      console.error('[contact] an appointment request could not be stored')
      return {errors: {}, values, message: 'We could not send your request just now. Please call us, or try again.'}
    }
  }
  redirect(routes.contactThanks)
}
