import Link from 'next/link'

export default function NotFound() {
  return (
    <section className="not-found">
      <h1>We could not find that page</h1>
      <p>
        It may have moved, or the address may have a typo. <Link href="/">Go to the home page</Link> to find articles
        and ways to reach us.
      </p>
    </section>
  )
}
