import {SITE_NAME} from '../../../lib/site.ts'
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[ch] ?? ch)

/**
 * The lake's sign-in page: one field for the lake's token. Plain HTML, no script, so it works
 * in any browser the Studio runs in; the error sits next to the field it is about.
 */
export function signInPage({origin, error}: {origin: string; error?: string}): string {
  const describedBy = error ? ' aria-describedby="token-error" aria-invalid="true"' : ''
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in to the local lake | ${SITE_NAME} Studio</title>
<style>
body{font:1rem/1.5 system-ui,sans-serif;margin:0;display:grid;place-items:center;min-height:100vh;background:#f6f7f9;color:#1b1f24}
main{background:#fff;padding:2rem;border-radius:.5rem;max-width:26rem;box-shadow:0 1px 3px #0002}
label{display:block;font-weight:600;margin-top:1rem}
input{font:inherit;width:100%;box-sizing:border-box;padding:.5rem;margin-top:.25rem;border:1px solid #5c6570;border-radius:.25rem}
button{font:inherit;margin-top:1rem;padding:.5rem 1rem;background:#1d4f91;color:#fff;border:0;border-radius:.25rem}
.error{color:#a4161a;margin:.25rem 0 0}
</style>
</head>
<body>
<main>
<h1>Sign in to the Studio</h1>
<p>This Studio works on the local Content Lake. Enter the lake's token: the lake printed it when it started (<code>LAKE_TOKEN</code>).</p>
<form method="post" action="/auth/login">
<input type="hidden" name="origin" value="${escapeHtml(origin)}">
<label for="token">Lake token</label>
<input id="token" name="token" type="password" autocomplete="current-password" required${describedBy}>
${error ? `<p class="error" id="token-error" role="alert">${escapeHtml(error)}</p>` : ''}
<button type="submit">Sign in</button>
</form>
</main>
</body>
</html>`
}
