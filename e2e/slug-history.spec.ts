import {expect, test} from '@playwright/test'
import {routes} from '../lib/routes.ts'
import {lakeClient} from './lake.ts'
import {openPublishedArticle, publish, signInToStudio, watchStudio} from './studio-session.ts'

// A clinician renames a published article twice in the real Studio. Both old addresses answer
// one 308 to the final one (the site keeps the old slugs in the document, sanity/lib/slug-history.ts),
// and the new address is on every surface that lists the article.
test.setTimeout(180_000)

const ID = 'post-empathy-and-compassion-in-care'
const TITLE = 'Empathy and Compassion in Care'
const SLUGS = ['empathy-and-compassion-in-care', 'empathy-in-care', 'compassion-in-care']

test('an article renamed twice: both old addresses go to the new one in one hop', async ({page, context, request}) => {
  const problems = await watchStudio(context, page)
  const post = await lakeClient.fetch<{author: string; category: string}>(
    '*[_id == $id][0]{"author": author->slug.current, "category": categories[0]->slug.current}',
    {id: ID},
  )
  await signInToStudio(page)
  await openPublishedArticle(page, TITLE)
  const slug = page.getByRole('textbox', {name: 'Slug'})
  for (const next of SLUGS.slice(1)) {
    await slug.fill(next)
    await publish(page, ID)
  }
  await expect(page.getByText('Old addresses')).toBeVisible()
  expect((await lakeClient.getDocument(ID))?.previousSlugs).toEqual(SLUGS.slice(0, 2))

  const current = routes.post(SLUGS[2])
  for (const old of SLUGS.slice(0, 2)) {
    await expect
      .poll(
        async () => {
          const response = await request.get(routes.post(old), {maxRedirects: 0})
          return `${response.status()} ${response.headers().location ?? ''}`
        },
        {timeout: 15_000, intervals: [250]},
      )
      .toBe(`308 ${current}`)
  }
  expect((await request.get(current)).status()).toBe(200)
  const surfaces = [routes.feed, '/sitemap.xml', routes.category(post.category), routes.clinician(post.author)]
  for (const surface of surfaces) {
    await expect
      .poll(
        async () => {
          const body = await (await request.get(surface)).text()
          return {
            surface,
            linksNew: body.includes(current),
            linksOld: SLUGS.slice(0, 2).some((old) => body.includes(routes.post(old))),
          }
        },
        {timeout: 15_000, intervals: [250]},
      )
      .toEqual({surface, linksNew: true, linksOld: false})
  }
  expect(problems).toEqual([])
})
