import Link from 'next/link'
import {getSiteSettings} from '../../sanity/lib/settings.ts'
import {telHref} from '../../lib/format.ts'
import {LogoMark} from './LogoMark.tsx'
import {NavItems, type NavItem} from './NavItems.tsx'
import {SiteMenu} from './SiteMenu.tsx'
import {routes} from '../../lib/routes.ts'
import {SITE_NAME} from '../../lib/site.ts'

// From 1024 px the links sit in the header; below it they are behind the Menu button, so the
// crisis line, the name and the button take at most 140 px of a phone's screen.
const NAV: NavItem[] = [
  {href: routes.services, label: 'Services'},
  {href: routes.iop, label: 'IOP'},
  {href: routes.groups, label: 'Groups'},
  {href: routes.blog, label: 'Blog'},
  {href: routes.team, label: 'Team'},
  {href: routes.search, label: 'Search'},
  {href: routes.contact, label: 'Contact'},
]

export async function SiteHeader() {
  const settings = await getSiteSettings()
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href={routes.home} className="site-header__name">
          <LogoMark />
          <span>{settings?.practiceName ?? SITE_NAME}</span>
        </Link>
        {settings?.phone ? (
          <a className="site-header__phone" href={telHref(settings.phone)}>
            {settings.phone}
          </a>
        ) : null}
        <nav aria-label="Main" className="site-header__nav">
          <ul className="site-nav">
            <NavItems items={NAV} />
          </ul>
        </nav>
        <SiteMenu
          items={NAV}
          phone={settings?.phone ? {href: telHref(settings.phone), label: settings.phone} : undefined}
        />
      </div>
    </header>
  )
}
