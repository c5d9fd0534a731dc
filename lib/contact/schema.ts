import {z} from 'zod'
import {services} from '../services/index.ts'
import {SLUG_PATTERN} from '../site.ts'

export const NOTE_MAX = 500

export const SERVICE_CHOICES = [
  ...services.map((service) => ({value: service.slug, label: service.title})),
  {value: 'not-sure', label: 'Not sure yet'},
] as const

const serviceValues = SERVICE_CHOICES.map((choice) => choice.value) as [string, ...string[]]

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((value) => value || undefined)
    .optional()

/**
 * Only what the office needs to call back. Messages are written for the person filling the form.
 * `website` is a honeypot: hidden from people, filled in by bots.
 */
export const appointmentSchema = z
  .object({
    name: z.string().trim().min(1, 'Please tell us your name.').max(100, 'Please keep your name under 100 characters.'),
    phone: z
      .string()
      .trim()
      .max(30, 'That phone number looks too long.')
      .refine(
        (value) => value === '' || /^[+()\d\s.-]{7,30}$/.test(value),
        'Please enter a phone number, e.g. 828-555-0142.',
      )
      .refine(
        (value) => value === '' || value.replace(/\D/g, '').length >= 7,
        'Please enter a phone number, e.g. 828-555-0142.',
      )
      .transform((value) => value || undefined)
      .optional(),
    email: z
      .string()
      .trim()
      .max(200, 'That email address looks too long.')
      .refine(
        (value) => value === '' || z.email().safeParse(value).success,
        'Please enter an email address, e.g. name@example.com.',
      )
      .transform((value) => value || undefined)
      .optional(),
    preferredContact: z.enum(['phone', 'email'], {message: 'Choose how you would like us to reach you.'}),
    service: z.enum(serviceValues, {message: 'Choose the service you are asking about, or “Not sure yet”.'}),
    /** The group a visitor came from ("Ask about this group"): its slug, named in the office's notification. */
    group: z
      .string()
      .trim()
      .max(96)
      .refine(
        (value) => value === '' || SLUG_PATTERN.test(value),
        'That group is not one we know. Choose a service instead.',
      )
      .transform((value) => value || undefined)
      .optional(),
    bestTimes: optionalText(200, 'Please keep this under 200 characters.'),
    note: optionalText(NOTE_MAX, `Please keep the note under ${NOTE_MAX} characters.`),
    website: z.string().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.preferredContact === 'phone' && !value.phone) {
      ctx.addIssue({code: 'custom', path: ['phone'], message: 'Add a phone number, or choose email instead.'})
    }
    if (value.preferredContact === 'email' && !value.email) {
      ctx.addIssue({code: 'custom', path: ['email'], message: 'Add an email address, or choose phone instead.'})
    }
  })

export type AppointmentRequest = Omit<z.infer<typeof appointmentSchema>, 'website'>
export type AppointmentField = keyof z.input<typeof appointmentSchema>
export type FieldErrors = Partial<Record<AppointmentField, string>>

export type ParsedAppointment =
  {ok: true; request: AppointmentRequest; isBot: boolean} | {ok: false; errors: FieldErrors}

const FIELDS: AppointmentField[] = [
  'name',
  'phone',
  'email',
  'preferredContact',
  'service',
  'group',
  'bestTimes',
  'note',
  'website',
]

export function formValues(formData: FormData): Record<AppointmentField, string> {
  return Object.fromEntries(FIELDS.map((field) => [field, String(formData.get(field) ?? '')])) as Record<
    AppointmentField,
    string
  >
}

export function parseAppointment(values: Record<string, string>): ParsedAppointment {
  const parsed = appointmentSchema.safeParse(values)
  if (!parsed.success) {
    const errors: FieldErrors = {}
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as AppointmentField
      errors[field] ??= issue.message
    }
    return {ok: false, errors}
  }
  const {website, ...request} = parsed.data
  return {ok: true, request, isBot: Boolean(website?.trim())}
}
