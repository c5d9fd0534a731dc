import {getSiteSettings} from '@/sanity/lib/settings'
import {formatAddress} from '@/lib/format'

export async function SiteFooter() {
  const settings = await getSiteSettings()
  return (
    <footer className="site-footer">
      <div className="container">
        {settings ? (
          <address>
            <strong>{settings.practiceName}</strong>
            <br />
            {formatAddress(settings.address)}
          </address>
        ) : null}
        <p>
          If you are thinking about suicide or are worried about someone, call or text{' '}
          <a href="tel:988">988</a> (the 988 Suicide &amp; Crisis Lifeline), any time. In an emergency, call{' '}
          <a href="tel:911">911</a>.
        </p>
      </div>
    </footer>
  )
}
