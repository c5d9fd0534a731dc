// ─────────────────────────────────────────────────────────────────────────────────────────────
// PLACEHOLDERS FOR THE PRACTICE TO CONFIRM. Everything in this file is an editable stand-in,
// not a fact: the site shows it, but the office must check it (or move it into Site settings)
// before launch. The practice's name, address and programs live in Sanity (siteSettings).
// ─────────────────────────────────────────────────────────────────────────────────────────────

export const practiceFacts = {
  /** When someone who asked for an appointment can expect to hear back. */
  callBackPromise: 'within one business day',
  /** The IOP's weekly rhythm, as the office describes it to new clients. */
  iopSchedule: 'Three mornings a week, about three hours each, for roughly eight to twelve weeks',
  insurance:
    'We are confirming which insurance plans we accept. Call the office and we will check your plan with you before you start.',
  selfPay: 'Self-pay rates are available on request; ask the office for a Good Faith Estimate.',
  parking: 'Street parking and nearby public garages; the office will share the best option when you book.',
  directions: 'Downtown Asheville, on Clayton Street. The building has an elevator to the third floor.',
  /** Geographic position of 41 Clayton St., Asheville, for maps and JSON-LD (approximate). */
  geo: {latitude: 35.5946, longitude: -82.5566},
} as const
