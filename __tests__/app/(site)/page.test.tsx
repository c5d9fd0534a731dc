/**
 * @jest-environment ./__tests__/setup/jsdom-environment.js
 */
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {render, screen, within} from '@testing-library/react'
import {startTestLake, type TestLake} from '../../helpers/lake.ts'
import {runOutsideNext} from '../../helpers/next-runtime.ts'

// Caching is Next's runtime's job (and the browser tests cover it); here the page renders
// once, straight from the lake, as a visitor sees it.
runOutsideNext()

let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
  process.env.LAKE_PORT = String(t.lake.port)
})
afterAll(() => t.stop())

describe('home page', () => {
  it('leads with who the practice helps, one call to action and the phone number', async () => {
    const {default: HomePage} = await import('../../../app/(site)/page.tsx')
    render(await HomePage())
    expect(screen.getByText(/Intensive Outpatient Program built around group therapy/)).toBeInTheDocument()
    expect(screen.getByRole('link', {name: 'Request an appointment'})).toHaveAttribute('href', '/contact')
    const hero = screen.getByRole('region', {name: 'Resilient Mind Counseling PLLC'})
    expect(within(hero).getByRole('link', {name: '(828) 555-0142'})).toHaveAttribute('href', 'tel:8285550142')
    const services = screen.getByRole('region', {name: 'How we help'})
    expect(within(services).getByRole('link', {name: 'Intensive Outpatient Program (IOP)'})).toHaveAttribute(
      'href',
      '/services/intensive-outpatient-program',
    )
    expect(
      within(screen.getByRole('region', {name: 'Our clinicians'})).getAllByRole('heading', {level: 3}),
    ).toHaveLength(3)
    expect(screen.getByText('Monday to Thursday')).toBeInTheDocument()
  })

  it('says who takes new clients and when the next IOP group starts, from the Practice section', async () => {
    const {default: HomePage} = await import('../../../app/(site)/page.tsx')
    render(await HomePage())
    const starting = screen.getByRole('region', {name: 'Starting care'})
    // The seed: two of three clinicians accept; the morning IOP group starts on a Monday two weeks out.
    expect(starting).toHaveTextContent('Taking new clients: 2 clinicians have room now.')
    expect(starting).toHaveTextContent(
      /The next IOP group starts Monday, [A-Z][a-z]+ \d+: IOP morning group, in the office\./,
    )
    expect(within(starting).getByRole('link', {name: 'IOP evening group (online)'})).toHaveAttribute(
      'href',
      '/groups/any/intensive-outpatient-program#group-iop-evening-group-online',
    )
  })

  it('shows the newest published articles, newest first', async () => {
    const {default: HomePage} = await import('../../../app/(site)/page.tsx')
    render(await HomePage())

    expect(screen.getByRole('heading', {level: 1, name: 'Resilient Mind Counseling PLLC'})).toBeInTheDocument()
    const latest = screen.getByRole('region', {name: 'Latest articles'})
    const titles = within(latest)
      .getAllByRole('heading', {level: 3})
      .map((heading) => heading.textContent)
    expect(titles).toEqual([
      'Empathy and Compassion in Care',
      'Your First Group Session: What to Expect',
      'Knowing When You Need More Support',
    ])
    // Neither the unpublished draft nor the post scheduled for later is shown.
    expect(titles).not.toContain('Talking to Family About Starting Treatment')
    expect(titles).not.toContain('Rest and Sleep in Early Recovery')
    expect(within(latest).getByRole('link', {name: 'Empathy and Compassion in Care'})).toHaveAttribute(
      'href',
      '/blog/empathy-and-compassion-in-care',
    )
  })
})

describe('article page', () => {
  it('renders the article title, byline and body from Portable Text', async () => {
    const {default: PostPage} = await import('../../../app/(site)/blog/[slug]/page.tsx')
    const slug = 'the-role-of-group-therapy-in-intensive-outpatient-programs'
    render(await PostPage({params: Promise.resolve({slug})}))

    expect(screen.getByRole('heading', {level: 1})).toHaveTextContent(
      'The Role of Group Therapy in Intensive Outpatient Programs',
    )
    expect(screen.getByRole('link', {name: 'Maya Ellison, LCMHCS'})).toHaveAttribute('href', '/team/maya-ellison')
    expect(screen.getByRole('link', {name: 'Andre Whitaker, LCSW'})).toHaveAttribute('href', '/team/andre-whitaker')
    expect(screen.getByText(/\d+ min read/)).toBeInTheDocument()
    const toc = screen.getByRole('navigation', {name: 'In this article'})
    expect(within(toc).getByRole('link', {name: 'What a group gives you'})).toHaveAttribute(
      'href',
      '#what-a-group-gives-you',
    )
    expect(screen.getByRole('heading', {level: 2, name: 'What a group gives you'})).toHaveAttribute(
      'id',
      'what-a-group-gives-you',
    )
    expect(screen.getByRole('link', {name: 'what a week in the IOP looks like'})).toHaveAttribute(
      'href',
      '/blog/what-a-week-in-iop-looks-like',
    )
    expect(screen.getByRole('link', {name: 'Take the first step'})).toHaveAttribute('href', '/contact')
    expect(screen.getByText(/41 Clayton St\. #300, Asheville, NC 28801/)).toBeInTheDocument()

    const related = screen.getByRole('region', {name: 'Discover more'})
    expect(within(related).getAllByRole('link')).toHaveLength(3)

    const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].map((el) =>
      JSON.parse(el.textContent ?? ''),
    )
    expect(jsonLd.map((data) => data['@type'])).toEqual(['BlogPosting', 'BreadcrumbList'])
  })

  it('is a 404 for a malformed slug, a draft and a post not yet live', async () => {
    const {default: PostPage} = await import('../../../app/(site)/blog/[slug]/page.tsx')
    for (const slug of ['../etc/passwd', 'talking-to-family-about-treatment', 'rest-and-sleep-in-early-recovery']) {
      await expect(PostPage({params: Promise.resolve({slug})})).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/)
    }
  })
})
