import Link from 'next/link'
import {getSiteSettings} from '@/sanity/lib/settings'
import {telHref} from '@/lib/format'

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
      </div>
    </header>
  )
}
