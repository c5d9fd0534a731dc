import type {Page} from '@playwright/test'

/** Fills the appointment form with a valid request, as a visitor asking for a call back does. */
export async function fillGoodRequest(page: Page, name: string) {
  await page.getByLabel('Your name').fill(name)
  await page.getByLabel('Phone', {exact: true}).fill('828-555-0199')
  await page.getByLabel('By phone').check()
  await page.getByLabel('What are you asking about?').selectOption('group-therapy')
  await page.getByLabel(/Best times/).fill('Weekday mornings')
}
