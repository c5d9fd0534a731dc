/**
 * @jest-environment ./__tests__/setup/jsdom-environment.js
 */
import {describe, expect, it} from '@jest/globals'
import {render, screen, within} from '@testing-library/react'
import {ArticleBody} from '../../../components/article/ArticleBody.tsx'
import {TableOfContents} from '../../../components/article/TableOfContents.tsx'
import type {PortableBlock} from '../../../sanity/lib/models.ts'

let key = 0
const k = () => `k${key++}`
const span = (text: string, marks: string[] = []) => ({_type: 'span', _key: k(), text, marks})
const block = (children: object[], extra: Record<string, unknown> = {}, markDefs: object[] = []): PortableBlock => ({
  _type: 'block',
  _key: k(),
  style: 'normal',
  markDefs,
  children,
  ...extra,
})

const image = {url: 'http://127.0.0.1:4010/images/local/production/abc-800x600.jpg', width: 800, height: 600}

const body: PortableBlock[] = [
  block([span('Why groups help')], {style: 'h2'}),
  block([span('Shared ground')], {style: 'h3'}),
  block([span('Plain, '), span('bold', ['strong']), span(' and '), span('italic', ['em']), span('.')]),
  block([span('First point')], {listItem: 'bullet', level: 1}),
  block([span('Nested point')], {listItem: 'bullet', level: 2}),
  block([span('Step one')], {listItem: 'number', level: 1}),
  block([span('A quoted line')], {style: 'blockquote'}),
  block([span('Crisis line', ['ext'])], {}, [{_type: 'link', _key: 'ext', href: 'https://988lifeline.org'}]),
  block([span('Call us', ['tel'])], {}, [{_type: 'link', _key: 'tel', href: 'tel:+18285550142'}]),
  block([span('Sneaky', ['bad'])], {}, [{_type: 'link', _key: 'bad', href: 'javascript:alert(1)'}]),
  block([span('Another article', ['int'])], {}, [
    {_type: 'internalLink', _key: 'int', slug: 'your-first-group-session'},
  ]),
  block([span('Dangling reference', ['gone'])], {}, [{_type: 'internalLink', _key: 'gone', slug: null}]),
  {_type: 'accessibleImage', _key: k(), alt: 'Seven circles in a ring', caption: 'A group, drawn', ...image},
  {_type: 'accessibleImage', _key: k(), ...image},
  {_type: 'callout', _key: k(), tone: 'tip', title: 'Practice when calm', text: 'Rehearse on ordinary days.'},
  {_type: 'callToAction', _key: k(), label: 'Take the first step', href: '/contact', text: 'Ask for a call back.'},
  {_type: 'callToAction', _key: k(), label: 'Do not render', href: 'javascript:void(0)'},
  {_type: 'crisisResources', _key: k(), lead: 'Help is there now.'},
]

describe('ArticleBody', () => {
  it('gives headings with the same text their own ids, and the contents links each of them', () => {
    const repeated = [
      {
        _type: 'block',
        _key: 'h-a',
        style: 'h2',
        markDefs: [],
        children: [{_type: 'span', _key: 's1', text: 'Next steps', marks: []}],
      },
      {
        _type: 'block',
        _key: 'p-a',
        style: 'normal',
        markDefs: [],
        children: [{_type: 'span', _key: 's2', text: 'For you.', marks: []}],
      },
      {
        _type: 'block',
        _key: 'h-b',
        style: 'h2',
        markDefs: [],
        children: [{_type: 'span', _key: 's3', text: 'Next steps', marks: []}],
      },
    ]
    render(
      <>
        <TableOfContents body={repeated} />
        <ArticleBody body={repeated} />
      </>,
    )
    const ids = screen.getAllByRole('heading', {level: 2, name: 'Next steps'}).map((heading) => heading.id)
    expect(ids).toEqual(['next-steps', 'next-steps-2'])
    const links = screen.getAllByRole('link', {name: 'Next steps'}).map((link) => link.getAttribute('href'))
    expect(links).toEqual(['#next-steps', '#next-steps-2'])
  })

  it('renders headings with stable anchor ids', () => {
    render(<ArticleBody body={body} />)
    expect(screen.getByRole('heading', {level: 2, name: 'Why groups help'})).toHaveAttribute('id', 'why-groups-help')
    expect(screen.getByRole('heading', {level: 3, name: 'Shared ground'})).toHaveAttribute('id', 'shared-ground')
  })

  it('renders bold, italic, nested bullet lists, numbered lists and block quotes', () => {
    const {container} = render(<ArticleBody body={body} />)
    expect(screen.getByText('bold').tagName).toBe('STRONG')
    expect(screen.getByText('italic').tagName).toBe('EM')
    const nested = screen.getByText('Nested point').closest('ul')
    expect(nested?.parentElement?.closest('li')).toHaveTextContent('First point')
    expect(screen.getByText('Step one').closest('ol')).not.toBeNull()
    expect(container.querySelector('blockquote')).toHaveTextContent('A quoted line')
  })

  it('links external, tel and internal hrefs safely, and drops anything else to plain text', () => {
    render(<ArticleBody body={body} />)
    expect(screen.getByRole('link', {name: 'Crisis line'})).toHaveAttribute('rel', 'noopener noreferrer')
    expect(screen.getByRole('link', {name: 'Call us'})).toHaveAttribute('href', 'tel:+18285550142')
    expect(screen.getByRole('link', {name: 'Another article'})).toHaveAttribute(
      'href',
      '/blog/your-first-group-session',
    )
    expect(screen.queryByRole('link', {name: 'Sneaky'})).toBeNull()
    expect(screen.getByText('Sneaky')).toBeInTheDocument()
    expect(screen.queryByRole('link', {name: 'Dangling reference'})).toBeNull()
  })

  it('renders images with alt text and caption, and leaves out an image without alt text', () => {
    const {container} = render(<ArticleBody body={body} />)
    const figure = screen.getByRole('img', {name: 'Seven circles in a ring'}).closest('figure')
    expect(figure).not.toBeNull()
    expect(within(figure as HTMLElement).getByText('A group, drawn')).toBeInTheDocument()
    expect(container.querySelectorAll('img')).toHaveLength(1)
  })

  it('renders callouts and calls to action, but not one with an unsafe link', () => {
    render(<ArticleBody body={body} />)
    expect(screen.getByText('Practice when calm')).toBeInTheDocument()
    expect(screen.getByText('Rehearse on ordinary days.')).toBeInTheDocument()
    expect(screen.getByRole('link', {name: 'Take the first step'})).toHaveAttribute('href', '/contact')
    expect(screen.queryByText('Do not render')).toBeNull()
  })

  it('renders the crisis resources block with 988 to call or text, 911 and the crisis page', () => {
    render(<ArticleBody body={body} />)
    const box = screen.getByRole('complementary', {name: /thinking about suicide/})
    expect(within(box).getByText('Help is there now.')).toBeInTheDocument()
    expect(within(box).getByRole('link', {name: 'Call'})).toHaveAttribute('href', 'tel:988')
    expect(within(box).getByRole('link', {name: 'text'})).toHaveAttribute('href', 'sms:988')
    expect(within(box).getByRole('link', {name: '911'})).toHaveAttribute('href', 'tel:911')
    expect(within(box).getByRole('link', {name: /More ways to get help/})).toHaveAttribute('href', '/crisis')
  })
})
