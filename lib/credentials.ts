/** Licenses and degrees a clinician may list, as North Carolina and the professions abbreviate them. */
export const CREDENTIALS = ['LCMHC', 'LCMHCS', 'LCMHCA', 'LCSW', 'LCSWA', 'LMFT', 'PhD', 'PsyD', 'MD'] as const

export type Credential = (typeof CREDENTIALS)[number]

/** Associate licenses: the clinician practices under a named supervisor. */
export const ASSOCIATE_CREDENTIALS: readonly Credential[] = ['LCMHCA', 'LCSWA']

export function isAssociate(credentials: readonly string[]): boolean {
  return credentials.some((credential) => (ASSOCIATE_CREDENTIALS as readonly string[]).includes(credential))
}

export function isCredential(value: string): value is Credential {
  return (CREDENTIALS as readonly string[]).includes(value)
}
