'use client'
import Link from 'next/link'
import {usePathname} from 'next/navigation'
import {useEffect, useRef, type KeyboardEvent} from 'react'
import {NavItems, type NavItem} from './NavItems.tsx'
import {routes} from '../../lib/routes.ts'

/**
 * The phone menu: a native disclosure (<details>), so it opens and closes without JavaScript.
 * The script adds what the element lacks: Escape closes it and puts focus back on the button,
 * and it closes after a link is followed (the layout stays mounted across client navigation).
 */
export function SiteMenu({items, phone}: {items: NavItem[]; phone?: {href: string; label: string}}) {
  const menu = useRef<HTMLDetailsElement>(null)
  const pathname = usePathname()
  useEffect(() => {
    menu.current?.removeAttribute('open')
  }, [pathname])

  const closeOnEscape = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== 'Escape' || !menu.current?.open) return
    menu.current.open = false
    menu.current.querySelector('summary')?.focus()
  }

  return (
    <details ref={menu} className="site-menu" onKeyDown={closeOnEscape}>
      <summary className="site-menu__button">Menu</summary>
      <nav aria-label="Main" className="site-menu__panel">
        <ul className="site-menu__list">
          <NavItems items={items} />
          <li>
            <Link href={routes.contact} className="site-menu__request">
              Request an appointment
            </Link>
          </li>
          {phone ? (
            <li>
              <a href={phone.href}>Call {phone.label}</a>
            </li>
          ) : null}
        </ul>
      </nav>
    </details>
  )
}
