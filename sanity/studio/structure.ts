import type {StructureResolver} from 'sanity/structure'
import {SITE_SETTINGS_ID} from '../schemaTypes/documents/siteSettings.ts'
import {practiceSection} from './practice-structure.ts'
import {SANITY_API_VERSION} from '../lib/api-version.ts'

// Lists for the two kinds of editors: clinicians find their drafts, marketing sees what is
// scheduled (soonest first) and what is live.
export const DRAFT_POSTS = '_type == "post" && _id in path("drafts.**")'
export const SCHEDULED_POSTS = '_type == "post" && !(_id in path("drafts.**")) && publishedAt > now()'
export const PUBLISHED_POSTS = '_type == "post" && !(_id in path("drafts.**")) && publishedAt <= now()'

export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      S.listItem()
        .title('Articles')
        .id('articles')
        .child(
          S.list()
            .title('Articles')
            .items([
              S.listItem()
                .title('Drafts')
                .id('drafts')
                .child(
                  S.documentList()
                    .title('Drafts')
                    .schemaType('post')
                    .filter(DRAFT_POSTS)
                    .apiVersion(SANITY_API_VERSION),
                ),
              S.listItem()
                .title('Scheduled')
                .id('scheduled')
                .child(
                  S.documentList()
                    .title('Scheduled, soonest first')
                    .schemaType('post')
                    .filter(SCHEDULED_POSTS)
                    .apiVersion(SANITY_API_VERSION)
                    .defaultOrdering([{field: 'publishedAt', direction: 'asc'}]),
                ),
              S.listItem()
                .title('Published')
                .id('published')
                .child(
                  S.documentList()
                    .title('Published')
                    .schemaType('post')
                    .filter(PUBLISHED_POSTS)
                    .apiVersion(SANITY_API_VERSION)
                    .defaultOrdering([{field: 'publishedAt', direction: 'desc'}]),
                ),
              S.divider(),
              S.documentTypeListItem('post').title('All articles'),
            ]),
        ),
      practiceSection(S),
      S.divider(),
      S.documentTypeListItem('clinician').title('Clinicians'),
      S.documentTypeListItem('category').title('Categories'),
      S.documentTypeListItem('redirect').title('Redirects'),
      S.divider(),
      S.listItem()
        .title('Site settings')
        .id(SITE_SETTINGS_ID)
        .child(S.document().schemaType('siteSettings').documentId(SITE_SETTINGS_ID).title('Site settings')),
    ])
