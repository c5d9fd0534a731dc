import type {ArticleInput} from '../../../lib/content-check/index.ts'

export type Block = NonNullable<ArticleInput['body']>[number]

export function paragraph(text: string, key = 'p1', style = 'normal'): Block {
  return {_type: 'block', _key: key, style, children: [{_type: 'span', text, marks: []}], markDefs: []}
}

export function linked(before: string, linkText: string, href: string, key = 'l1'): Block {
  return {
    _type: 'block',
    _key: key,
    style: 'normal',
    children: [
      {_type: 'span', text: before, marks: []},
      {_type: 'span', text: linkText, marks: ['m1']},
    ],
    markDefs: [{_key: 'm1', _type: 'link', href}],
  }
}

/** A well-formed article around the given body, so each test sees only what it varies. */
export function articleWith(body: Block[], extra: Partial<ArticleInput> = {}): ArticleInput {
  return {
    title: 'Steadying yourself in a hard week',
    seo: {
      description:
        'Small, practical ways to steady your body and mind when a week gets hard, from the counselors at our practice.',
    },
    body,
    ...extra,
  }
}
