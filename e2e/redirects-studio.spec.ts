import {expect, test, type Page} from '@playwright/test'
import {routes} from '../lib/routes.ts'
import {lakeClient} from './lake.ts'
import {signInToStudio, watchStudio} from './studio-session.ts'

// Marketing keeps redirects in the real Studio: a flyer's short address works within 2 s of
// Publish, and one that would loop, chain or take a page of the site's own cannot be published,
// with the reason in the Studio's validation.
test.setTimeout(180_000)

const BIPOC = {from: '/bipoc', to: routes.service('bipoc-group-therapy')}

async function newRedirect(page: Page, from: string, to: string) {
  await page.getByRole('button', {name: 'Create new document'}).click()
  await page.getByRole('combobox', {name: 'Search document types'}).fill('Redirect')
  await page.getByTestId('create-new-redirect').click()
  await page.getByRole('textbox', {name: 'From', exact: true}).fill(from)
  await page.getByRole('textbox', {name: 'To', exact: true}).fill(to)
}

test.afterAll(async () => {
  await lakeClient.delete({query: '*[_type == "redirect"]'})
})

test('a redirect added in the Studio works within 2 s; a loop, a chain or a page of the site cannot be published', async ({
  context,
  page,
  request,
}) => {
  const problems = await watchStudio(context, page)
  await signInToStudio(page)
  await newRedirect(page, BIPOC.from, BIPOC.to)
  const publish = page.getByTestId('action-publish')
  await expect(publish).toBeEnabled({timeout: 15_000})
  await publish.click()
  const clicked = Date.now()
  await expect
    .poll(
      async () => {
        const response = await request.get(BIPOC.from, {maxRedirects: 0})
        return `${response.status()} ${response.headers().location ?? ''}`
      },
      {timeout: 2_000, intervals: [100]},
    )
    .toBe(`308 ${BIPOC.to}`)
  console.log(`/bipoc redirected ${Date.now() - clicked} ms after Publish`)

  const refusals: [string, string, RegExp][] = [
    ['/blog', '/groups', /From.*\/blog and the addresses under it are the site's own pages/],
    ['/flyer', '/BIPOC/', /To.*\/bipoc is itself redirected.*Point this one there instead/],
    ['/loop', '/loop/', /To.*same address/],
  ]
  for (const [from, to, reason] of refusals) {
    await newRedirect(page, from, to)
    await page.getByRole('button', {name: 'Validation'}).click()
    await expect(page.getByRole('button', {name: reason})).toBeVisible({timeout: 15_000})
    await expect(page.getByTestId('action-publish')).toBeDisabled()
  }
  expect(problems).toEqual([])
})
