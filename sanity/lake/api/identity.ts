import {isAuthorized, type LakeRequest} from './context.ts'

/**
 * The lake has one editor account: whoever holds its token. The Studio shows this user as the
 * author of every change and as the one present in a document.
 */
export const LAKE_USER = {
  id: 'lake-editor',
  name: 'Local editor',
  email: 'editor@localhost',
  profileImage: null,
  role: 'administrator',
  roles: [{name: 'administrator', title: 'Administrator'}],
  provider: 'lake',
}

export function identityOf(c: LakeRequest): string {
  return isAuthorized(c) ? LAKE_USER.id : 'anonymous'
}
