import Link from 'next/link'

export type NavItem = {href: string; label: string}

/** The main navigation's links as list items: the header's row and the phone menu list the same ones. */
export function NavItems({items}: {items: NavItem[]}) {
  return items.map((item) => (
    <li key={item.href}>
      <Link href={item.href}>{item.label}</Link>
    </li>
  ))
}
