/**
 * The address a request came from, for rate limiting only (never stored). Behind a proxy it is
 * the first x-forwarded-for entry, which the proxy in front of the site must set honestly.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return forwarded || headers.get('x-real-ip') || 'unknown'
}
