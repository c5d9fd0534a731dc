// The words the office chooses from in the Studio, and what visitors read for each. One list per
// choice, shared by the schema (its options), the read models (their enums) and the pages.

export const GROUP_FORMATS = [
  {value: 'office', title: 'In the office'},
  {value: 'telehealth', title: 'Online (telehealth)'},
  {value: 'both', title: 'In the office or online'},
] as const
export type GroupFormat = (typeof GROUP_FORMATS)[number]['value']

export const ENROLLMENT_STATUSES = [
  {value: 'open', title: 'Open to new members'},
  {value: 'few-places', title: 'A few places left'},
  {value: 'waitlist', title: 'Waitlist'},
  {value: 'closed', title: 'Closed to new members'},
] as const
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number]['value']

export const ADMISSION_KINDS = [
  {value: 'dated', title: 'Starts on a date'},
  {value: 'rolling', title: 'Rolling admission (join any week)'},
] as const
export type AdmissionKind = (typeof ADMISSION_KINDS)[number]['value']

export const ACCEPTING_CLIENTS = [
  {value: 'yes', title: 'Accepting new clients'},
  {value: 'waitlist', title: 'Waitlist for new clients'},
  {value: 'no', title: 'Not accepting new clients'},
] as const
export type AcceptingClients = (typeof ACCEPTING_CLIENTS)[number]['value']

/** The title a visitor reads for a stored choice (the value itself if the list has no such entry). */
export function titleOf<T extends {value: string; title: string}>(list: readonly T[], value: string): string {
  return list.find((item) => item.value === value)?.title ?? value
}

export const values = <T extends {value: string}>(list: readonly T[]) =>
  list.map((item) => item.value) as [T['value'], ...T['value'][]]
