/**
 * Sends a page's server-action form as a browser without JavaScript would: the form's own hidden
 * fields (Next writes the action's id and state into them) plus `values`, as multipart form data.
 * For a test of a page that was loaded before a deploy and submitted after it.
 */
export async function submitFormWithoutScript(
  base: string,
  pagePath: string,
  pageHtml: string,
  values: Record<string, string>,
): Promise<{status: number; location: string | null; body: string}> {
  const form = /<form[^>]*>([\s\S]*?)<\/form>/.exec(pageHtml)?.[1] ?? ''
  const body = new FormData()
  for (const input of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input[0])?.[1]
    const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? ''
    if (name) body.append(name, value.replaceAll('&quot;', '"').replaceAll('&amp;', '&'))
  }
  for (const [name, value] of Object.entries(values)) body.append(name, value)
  const response = await fetch(`${base}${pagePath}`, {
    method: 'POST',
    body,
    redirect: 'manual',
    // As a browser sends it; Next checks it against the host before running an action.
    headers: {origin: base},
  })
  const text = await response.text()
  return {status: response.status, location: response.headers.get('location'), body: text.slice(0, 300)}
}
