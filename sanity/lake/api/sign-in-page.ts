import {LAKE_DEFAULT_TOKEN} from '../../../lib/lake-defaults.ts'
import {SITE_NAME} from '../../../lib/site.ts'

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[ch] ?? ch)

/**
 * The lake's sign-in page: one field for the lake's token. Plain HTML, no script, so it works
 * in any browser the Studio runs in; the error sits next to the field it is about. It is read by
 * a clinician who opened /studio in a browser and never saw the terminal, so it says what the
 * token is: with the token every clone shares, the token itself (the lake answers on loopback
 * only); with one the team set, who to ask.
 */
export function signInPage({
  origin,
  error,
  defaultToken,
}: {
  origin: string
  error?: string
  defaultToken: boolean
}): string {
  const where = defaultToken
    ? `<p>Unless someone on your team changed it, the password is <code>${escapeHtml(LAKE_DEFAULT_TOKEN)}</code>. It works only on this computer.</p>`
    : '<p>Your team set its own password for this computer. Ask the person who set the Studio up for you.</p>'
  const describedBy = error ? ' aria-describedby="token-error" aria-invalid="true"' : ''
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in to the local lake | ${SITE_NAME} Studio</title>
<style>
*{box-sizing:border-box}
body{font:1rem/1.5 system-ui,sans-serif;margin:0;padding:1rem;display:grid;place-items:center;min-height:100vh;background:#f6f7f9;color:#1b1f24}
main{background:#fff;padding:1.5rem;border-radius:.5rem;width:100%;max-width:28rem;box-shadow:0 1px 3px #0002}
h1{font-size:1.5rem;line-height:1.25;margin:0 0 .75rem}
code{overflow-wrap:anywhere;background:#eef1f4;padding:0 .2rem;border-radius:.2rem}
label{display:block;font-weight:600;margin-top:1rem}
input{font:inherit;width:100%;padding:.5rem;margin-top:.25rem;border:1px solid #5c6570;border-radius:.25rem}
button{font:inherit;margin-top:1rem;padding:.5rem 1rem;background:#1d4f91;color:#fff;border:0;border-radius:.25rem}
.error{color:#a4161a;margin:.25rem 0 0}
</style>
</head>
<body>
<main>
<h1>Sign in to the Studio</h1>
<p>This Studio runs on this computer, on its own copy of the site's content, so no Sanity account is needed. Sign in with the Studio password for this computer (the lake token).</p>
${where}
<form method="post" action="/auth/login">
<input type="hidden" name="origin" value="${escapeHtml(origin)}">
<label for="token">Studio password (lake token)</label>
<input id="token" name="token" type="password" autocomplete="current-password" required${describedBy}>
${error ? `<p class="error" id="token-error" role="alert">${escapeHtml(error)}</p>` : ''}
<button type="submit">Sign in</button>
</form>
</main>
</body>
</html>`
}
