import Link from 'next/link'
import {getSiteSettings} from '@/sanity/lib/settings'
import {telHref} from '@/lib/format'

// Plain links that wrap on a phone: no menu button, no script, nothing hidden behind a tap.
const NAV = [
  {href: '/services', label: 'Services'},
  {href: '/services/intensive-outpatient-program', label: 'IOP'},
  {href: '/blog', label: 'Blog'},
  {href: '/team', label: 'Team'},
  {href: '/search', label: 'Search'},
  {href: '/contact', label: 'Contact'},
]

export async function SiteHeader() {
  const settings = await getSiteSettings()
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-header__name">
          {settings?.practiceName ?? 'Resilient Mind Counseling'}
        </Link>
        {settings?.phone ? (
          <a className="site-header__phone" href={telHref(settings.phone)}>
            {settings.phone}
          </a>
        ) : null}
        <nav aria-label="Main" className="site-header__nav">
          <ul className="site-nav">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  )
}
