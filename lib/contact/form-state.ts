import type {FieldErrors} from './schema.ts'

/** What the appointment form shows after a submission that did not go through. */
export type AppointmentFormState = {
  errors: FieldErrors
  /** What the visitor typed, so nothing is lost when a field needs fixing. */
  values: Partial<Record<string, string>>
  message?: string
}

export const emptyAppointmentForm: AppointmentFormState = {errors: {}, values: {}}
