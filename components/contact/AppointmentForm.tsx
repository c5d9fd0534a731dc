'use client'
import {useActionState} from 'react'
import {requestAppointment} from '../../app/(site)/contact/actions.ts'
import {emptyAppointmentForm} from '../../lib/contact/form-state.ts'
import {NOTE_MAX, SERVICE_CHOICES, type AppointmentField} from '../../lib/contact/schema.ts'

// The one interactive piece of the contact page. It works without JavaScript too: the form
// posts to the Server Action and the page comes back with the messages.
/** A form opened from "Ask about this group" comes with the group and its service chosen. */
export type FormPreset = {service: string; group?: {slug: string; title: string}}

export function AppointmentForm({preset}: {preset?: FormPreset}) {
  const [state, formAction, pending] = useActionState(requestAppointment, emptyAppointmentForm)
  const error = (field: AppointmentField) => state.errors[field]
  const described = (field: AppointmentField, hint?: string) =>
    [error(field) ? `${field}-error` : null, hint].filter(Boolean).join(' ') || undefined
  const value = (field: AppointmentField) => state.values[field] ?? ''
  const errorText = (field: AppointmentField) =>
    error(field) ? (
      <p id={`${field}-error`} className="field-error">
        {error(field)}
      </p>
    ) : null

  return (
    <form action={formAction} className="appointment-form" noValidate>
      {Object.keys(state.errors).length ? (
        <p role="alert" className="form-error">
          Please check the fields marked below.
        </p>
      ) : null}
      {state.message ? (
        <p role="alert" className="form-error">
          {state.message}
        </p>
      ) : null}

      <div className="field">
        <label htmlFor="name">Your name</label>
        <input
          id="name"
          name="name"
          autoComplete="name"
          required
          defaultValue={value('name')}
          aria-invalid={Boolean(error('name'))}
          aria-describedby={described('name')}
        />
        {errorText('name')}
      </div>

      <div className="field">
        <label htmlFor="phone">Phone</label>
        <input
          id="phone"
          name="phone"
          type="tel"
          autoComplete="tel"
          defaultValue={value('phone')}
          aria-invalid={Boolean(error('phone'))}
          aria-describedby={described('phone')}
        />
        {errorText('phone')}
      </div>

      <div className="field">
        <label htmlFor="email">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          defaultValue={value('email')}
          aria-invalid={Boolean(error('email'))}
          aria-describedby={described('email')}
        />
        {errorText('email')}
      </div>

      <fieldset className="field" aria-describedby={described('preferredContact')}>
        <legend>How should we reach you?</legend>
        {(['phone', 'email'] as const).map((method) => (
          <label key={method} className="choice">
            <input
              type="radio"
              name="preferredContact"
              value={method}
              defaultChecked={value('preferredContact') === method}
            />{' '}
            {method === 'phone' ? 'By phone' : 'By email'}
          </label>
        ))}
        {errorText('preferredContact')}
      </fieldset>

      <div className="field">
        <label htmlFor="service">What are you asking about?</label>
        <select
          id="service"
          name="service"
          defaultValue={value('service') || preset?.service || ''}
          aria-invalid={Boolean(error('service'))}
          aria-describedby={described('service')}
        >
          <option value="">Choose one</option>
          {SERVICE_CHOICES.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
        {errorText('service')}
      </div>

      {preset?.group ? (
        <p className="form-group-choice">
          <input type="hidden" name="group" value={preset.group.slug} />
          You are asking about the <strong>{preset.group.title}</strong>.
        </p>
      ) : null}

      <div className="field">
        <label htmlFor="bestTimes">Best times to reach you (optional)</label>
        <input
          id="bestTimes"
          name="bestTimes"
          maxLength={200}
          defaultValue={value('bestTimes')}
          aria-invalid={Boolean(error('bestTimes'))}
          aria-describedby={described('bestTimes')}
        />
        {errorText('bestTimes')}
      </div>

      <div className="field">
        <label htmlFor="note">Anything else we should know to call you back? (optional)</label>
        <p id="note-hint" className="field-hint">
          Please do not include health details here. We will talk about what is going on when we speak.
        </p>
        <textarea
          id="note"
          name="note"
          rows={3}
          maxLength={NOTE_MAX}
          defaultValue={value('note')}
          aria-invalid={Boolean(error('note'))}
          aria-describedby={described('note', 'note-hint')}
        />
        {errorText('note')}
      </div>

      {/* A trap for bots: people never see or fill this field. */}
      <div className="visually-hidden" aria-hidden="true">
        <label htmlFor="website">Leave this empty</label>
        <input id="website" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Sending…' : 'Request a call back'}
      </button>
    </form>
  )
}
