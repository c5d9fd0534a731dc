const pageStyle = {
  maxWidth: '42rem',
  margin: '3rem auto',
  padding: '0 1rem',
  fontFamily: 'system-ui, sans-serif',
  lineHeight: 1.6,
  color: '#1f2a30',
} as const

export function ConnectSanityProject() {
  return (
    <main style={pageStyle}>
      <h1>Connect a Sanity project to use the Studio</h1>
      <p>
        This site is reading the <strong>local Content Lake</strong> (sanity/lake), which needs no account. The Studio
        signs in to a real Sanity project, so it needs one to edit content.
      </p>
      <ol>
        <li>
          Create a project: <code>npx sanity init --bare</code> (or at sanity.io/manage).
        </li>
        <li>
          Put its id in <code>.env.local</code>: <code>NEXT_PUBLIC_SANITY_PROJECT_ID</code>,{' '}
          <code>NEXT_PUBLIC_SANITY_DATASET</code> (e.g. <code>production</code>), <code>SANITY_API_READ_TOKEN</code> and{' '}
          <code>SANITY_REVALIDATE_SECRET</code>. See <code>.env.example</code>.
        </li>
        <li>
          Load the seed content: <code>npx sanity dataset import sanity/seed production</code>.
        </li>
        <li>
          Add <code>http://localhost:3000</code> as a CORS origin with credentials, then restart{' '}
          <code>npm run dev</code> and open <code>/studio</code>.
        </li>
      </ol>
      <p>
        To change content locally without a project, write to the lake with <code>@sanity/client</code> and the{' '}
        <code>LAKE_TOKEN</code>; see the README.
      </p>
    </main>
  )
}
