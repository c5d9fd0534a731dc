import type {Metadata} from 'next'
import {notFound} from 'next/navigation'
import {ContactPage, getContactPageData} from '../../../../../components/contact/ContactPage.tsx'
import {parseSlug} from '../../../../../lib/params.ts'
import {pageMetadata} from '../../../../../lib/seo.ts'
import {routes} from '../../../../../lib/routes.ts'
import {getGroups} from '../../../../../sanity/lib/groups.ts'

type Props = {params: Promise<{slug: string}>}

// One prerendered form per group ("Ask about this group"), rather than a query string, which
// would render the contact page per request.
export async function generateStaticParams() {
  return (await getGroups()).map((group) => ({slug: group.slug}))
}

async function loadGroup(params: Props['params']) {
  const slug = parseSlug((await params).slug)
  return slug ? ((await getGroups()).find((group) => group.slug === slug) ?? null) : null
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const group = await loadGroup(params)
  if (!group) return {}
  return pageMetadata({title: `Ask about the ${group.title}`, path: routes.askAboutGroup(group.slug), noindex: true})
}

export default async function AskAboutGroup({params}: Props) {
  const group = await loadGroup(params)
  if (!group) notFound()
  return (
    <ContactPage
      {...await getContactPageData()}
      preset={{service: group.service, group: {slug: group.slug, title: group.title}}}
    />
  )
}
