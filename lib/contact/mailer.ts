import nodemailer from 'nodemailer'
import type {AppointmentRequest} from './schema.ts'

const LABELS: Record<keyof AppointmentRequest, string> = {
  name: 'Name',
  phone: 'Phone',
  email: 'Email',
  preferredContact: 'Preferred contact',
  service: 'Service',
  group: 'Group',
  bestTimes: 'Best times',
  note: 'Note',
}

export function appointmentEmailText(request: AppointmentRequest): string {
  return (Object.keys(LABELS) as (keyof AppointmentRequest)[])
    .filter((field) => request[field])
    .map((field) => `${LABELS[field]}: ${request[field]}`)
    .join('\n')
}

/** Sends the request to the office by SMTP. The subject names no person and no health detail. */
export async function sendAppointmentEmail(smtpUrl: string, to: string, from: string, request: AppointmentRequest) {
  const transport = nodemailer.createTransport(smtpUrl)
  try {
    await transport.sendMail({
      from,
      to,
      subject: 'New appointment request from the website',
      text: appointmentEmailText(request),
      ...(request.email ? {replyTo: request.email} : {}),
    })
  } finally {
    transport.close()
  }
}
