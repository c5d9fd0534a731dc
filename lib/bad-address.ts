import {routes} from './routes.ts'
import {SITE_NAME} from './site.ts'

/**
 * The page for an address that is not valid percent-encoded UTF-8. Next cannot render any page
 * for such a URL (it fails decoding the route's params, even after a rewrite), so the proxy
 * answers with this small standalone page: a 400, with the crisis line and a way home.
 */
export const BAD_ADDRESS_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Address not valid | ${SITE_NAME}</title>
</head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5">
<p><a href="${routes.crisis}">In crisis?</a> Call or text <a href="tel:988">988</a>. Emergency: <a href="tel:911">911</a>.</p>
<main>
<h1>This address is not valid</h1>
<p>The link may have been cut off or changed on the way. Go to the <a href="${routes.home}">home page</a>, or <a href="${routes.blog}">read the articles</a>.</p>
</main>
</body>
</html>
`
