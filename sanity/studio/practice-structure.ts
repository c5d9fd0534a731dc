import type {StructureBuilder} from 'sanity/structure'
import {PRACTICE_DETAILS_ID} from '../schemaTypes/documents/practiceDetails.ts'
import {SANITY_API_VERSION} from '../lib/api-version.ts'

// The office's section: groups by where they stand, who takes new clients, and the practice's
// details. "Current" and "past" follow the same rule as the site (lib/practice/groups.ts) as far
// as GROQ can say it: a group whose leaving time has passed is past.
const GROUP = '_type == "group"'
const NOT_LEFT = '(!defined(leavesAt) || dateTime(leavesAt) > now())'
export const CURRENT_GROUPS = `${GROUP} && ${NOT_LEFT} && (admission == "rolling" || nextStart <= now())`
export const UPCOMING_GROUPS = `${GROUP} && ${NOT_LEFT} && admission == "dated" && nextStart > now()`
export const PAST_GROUPS = `${GROUP} && defined(leavesAt) && dateTime(leavesAt) <= now()`

const groupList = (S: StructureBuilder, id: string, title: string, filter: string) =>
  S.listItem()
    .title(title)
    .id(id)
    .child(
      S.documentList()
        .title(title)
        .schemaType('group')
        .filter(filter)
        .apiVersion(SANITY_API_VERSION)
        .defaultOrdering([{field: 'nextStart', direction: 'asc'}]),
    )

export const practiceSection = (S: StructureBuilder) =>
  S.listItem()
    .title('Practice')
    .id('practice')
    .child(
      S.list()
        .title('Practice')
        .items([
          groupList(S, 'current-groups', 'Groups running now', CURRENT_GROUPS),
          groupList(S, 'upcoming-groups', 'Groups starting soon', UPCOMING_GROUPS),
          groupList(S, 'past-groups', 'Past groups', PAST_GROUPS),
          S.documentTypeListItem('group').title('All groups'),
          S.divider(),
          S.listItem()
            .title('Who takes new clients')
            .id('availability')
            .child(
              S.documentList()
                .title('Who takes new clients')
                .schemaType('clinician')
                .filter('_type == "clinician"')
                .apiVersion(SANITY_API_VERSION)
                .defaultOrdering([{field: 'acceptingClients', direction: 'desc'}]),
            ),
          S.listItem()
            .title('Practice details')
            .id(PRACTICE_DETAILS_ID)
            .child(
              S.document().schemaType('practiceDetails').documentId(PRACTICE_DETAILS_ID).title('Practice details'),
            ),
        ]),
    )
