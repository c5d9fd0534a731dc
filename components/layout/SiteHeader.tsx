import Link from 'next/link'
import {getSiteSettings} from '@/sanity/lib/settings'
import {telHref} from '@/lib/format'

const NAV = [
  {href: '/blog', label: 'Articles'},
  {href: '/team', label: 'Our clinicians'},
  {href: '/search', label: 'Search'},
]

export async function SiteHeader() {
  const settings = await getSiteSettings()
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-header__name">
          {settings?.practiceName ?? 'Resilient Mind Counseling'}
        </Link>
        <nav aria-label="Main">
          <ul className="site-nav">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        {settings?.phone ? (
          <a className="site-header__phone" href={telHref(settings.phone)}>
            {settings.phone}
          </a>
        ) : null}
      </div>
    </header>
  )
}
