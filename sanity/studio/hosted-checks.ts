/**
 * Offline, two things in the Studio call Sanity-hosted services that cannot answer: its version
 * check (sanity-cdn.com, on load and every 15 minutes) and its feedback probe (api.sanity.io
 * intake). Neither has a setting (sanity 6.16: PackageVersionStatusProvider and
 * useFeedbackAvailable call the global fetch directly), so each failed with a console error.
 * Offline only, this answers them in the browser the way "nothing to report" looks: no newer
 * version known, and feedback unavailable (so nobody types feedback that could not be sent).
 * Every other request goes out untouched.
 */
/** The address a fetch call asks for, whichever form its first argument takes. */
export function requestUrl(input: RequestInfo | URL): string {
  return typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
}

const VERSION_CHECK = /^https:\/\/sanity-cdn\.(com|work)\/v1\/modules\//
const FEEDBACK = /^https:\/\/api\.sanity\.io\/vX\/intake\//

export function answerForHostedCheck(url: string): Response | null {
  if (VERSION_CHECK.test(url)) return Response.json({})
  if (FEEDBACK.test(url)) return new Response(null, {status: 503})
  return null
}

let installed = false

export function answerHostedChecksLocally(): void {
  if (installed || typeof window === 'undefined') return
  installed = true
  const send = window.fetch.bind(window)
  window.fetch = (input, init) => {
    const answer = answerForHostedCheck(requestUrl(input))
    return answer ? Promise.resolve(answer) : send(input, init)
  }
}
