import path from 'node:path'
import {expect, test} from '@playwright/test'
import {importWordPress} from '../sanity/wordpress/import.ts'
import {lakeTarget} from '../sanity/wordpress/targets.ts'
import {lakeClient} from './lake.ts'

const FIXTURE = path.join(process.cwd(), 'sanity/wordpress/fixture')

test('an imported WordPress post answers at its old addresses, rendered with its images', async ({page, request}) => {
  const report = await importWordPress({
    file: path.join(FIXTURE, 'export.xml'),
    uploadsDir: path.join(FIXTURE, 'uploads'),
    target: lakeTarget(lakeClient, false),
    dryRun: false,
  })
  expect(report.posts.published).toBe(2)

  // Every old address form takes one permanent hop, straight to where it lives now.
  const hops = {
    '/first-week-of-group/': '/blog/first-week-of-group',
    '/first-week-of-group': '/blog/first-week-of-group',
    '/?p=101': '/blog/first-week-of-group',
    '/category/family-and-loved-ones/': '/blog/category/family-and-loved-ones',
    '/category/family-and-loved-ones': '/blog/category/family-and-loved-ones',
    '/tag/sleep/': '/blog/category/sleep',
    '/tag/sleep': '/blog/category/sleep',
  }
  for (const [old, target] of Object.entries(hops)) {
    const response = await request.get(old, {maxRedirects: 0})
    const location = new URL(response.headers().location ?? '', 'http://x').pathname
    expect({old, status: response.status(), location}).toEqual({old, status: 308, location: target})
    expect((await request.get(target, {maxRedirects: 0})).status()).toBe(200)
  }

  await page.goto('/first-week-of-group/')
  await expect(page).toHaveURL(/\/blog\/first-week-of-group$/)
  await expect(page.getByRole('heading', {level: 1})).toHaveText(
    'What Happens in Your First Week of Group – and Why It Feels Strange',
  )
  const figure = page.getByRole('img', {name: 'A porch light glowing beside a blue front door at dusk'}).last()
  await expect(figure).toBeVisible()
  expect(await figure.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
  await expect(page.getByText('Arriving is the hardest part.')).toBeVisible()
  await expect(page.getByRole('link', {name: 'Ask about a first visit'})).toHaveAttribute('href', '/contact')
})
