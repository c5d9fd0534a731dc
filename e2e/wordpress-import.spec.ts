import path from 'node:path'
import {expect, test} from '@playwright/test'
import {importWordPress} from '../sanity/wordpress/import.ts'
import {lakeTarget} from '../sanity/wordpress/targets.ts'
import {lakeClient} from './lake'

const FIXTURE = path.join(process.cwd(), 'sanity/wordpress/fixture')

test('an imported WordPress post answers at its old addresses, rendered with its images', async ({page, request}) => {
  const report = await importWordPress({
    file: path.join(FIXTURE, 'export.xml'),
    uploadsDir: path.join(FIXTURE, 'uploads'),
    target: lakeTarget(lakeClient, false),
    dryRun: false,
  })
  expect(report.posts.published).toBe(2)

  // The old permalink, with its trailing slash, ends at the article with permanent redirects only.
  const hop = await request.get('/first-week-of-group/', {maxRedirects: 0})
  expect(hop.status()).toBe(308)
  for (const old of ['/first-week-of-group/', '/first-week-of-group', '/?p=101']) {
    const response = await request.get(old, {maxRedirects: 0})
    expect({old, status: response.status()}).toEqual({old, status: 308})
  }
  const category = await request.get('/category/family-and-loved-ones', {maxRedirects: 0})
  expect(category.headers().location).toMatch(/\/blog\/category\/family-and-loved-ones$/)

  await page.goto('/first-week-of-group/')
  await expect(page).toHaveURL(/\/blog\/first-week-of-group$/)
  await expect(page.getByRole('heading', {level: 1})).toHaveText('What Happens in Your First Week of Group – and Why It Feels Strange')
  const figure = page.getByRole('img', {name: 'A porch light glowing beside a blue front door at dusk'}).last()
  await expect(figure).toBeVisible()
  expect(await figure.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
  await expect(page.getByText('Arriving is the hardest part.')).toBeVisible()
  await expect(page.getByRole('link', {name: 'Ask about a first visit'})).toHaveAttribute('href', '/contact')
})
