import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {expect, test} from '@playwright/test'
import {OUTBOX_DIR} from '../playwright.config.ts'
import {expectNoAxeViolations} from './axe.ts'
import {fillGoodRequest} from './contact-form.ts'
import {lakeClient} from './lake.ts'

async function outboxFiles(): Promise<string[]> {
  return (await readdir(OUTBOX_DIR).catch(() => [] as string[])).filter((file) => file.endsWith('.json'))
}

test.describe.configure({mode: 'serial'})

test('home → a service → contact, with axe on each', async ({browser}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto('/')
  await expectNoAxeViolations(page)
  await page
    .getByRole('region', {name: 'How we help'})
    .getByRole('link', {name: 'Intensive Outpatient Program (IOP)'})
    .click()
  await expect(page.getByRole('heading', {level: 1, name: 'Intensive Outpatient Program (IOP)'})).toBeVisible()
  await expect(page.getByRole('heading', {name: 'Questions people ask'})).toBeVisible()
  const faq = await page.locator('script[type="application/ld+json"]').allTextContents()
  expect(faq.map((text) => JSON.parse(text)['@type'])).toContain('FAQPage')
  await expectNoAxeViolations(page)
  await page.getByRole('link', {name: 'Request an appointment'}).first().click()
  await expect(page).toHaveURL(/\/contact$/)
  await expect(page.getByText('This form is not for emergencies.')).toBeVisible()
  await expectNoAxeViolations(page)
  await context.close()
})

test('the form answers bad input next to the fields and keeps what was typed', async ({page}) => {
  const before = await outboxFiles()
  await page.goto('/contact')
  await page.getByLabel('Your name').fill('Sam Rivera')
  await page.getByLabel('Email', {exact: true}).fill('not-an-email')
  await page.getByLabel('By email').check()
  await page.getByRole('button', {name: 'Request a call back'}).click()

  await expect(page.getByRole('alert').filter({hasText: 'Please check the fields marked below.'})).toBeVisible()
  await expect(page.getByLabel('Email', {exact: true})).toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator('#email-error')).toHaveText('Please enter an email address, e.g. name@example.com.')
  await expect(page.locator('#service-error')).toBeVisible()
  await expect(page.getByLabel('Your name')).toHaveValue('Sam Rivera')
  await expect(page.getByLabel('Email', {exact: true})).toHaveValue('not-an-email')
  await expectNoAxeViolations(page)
  expect(await outboxFiles()).toEqual(before)
})

test('a good request reaches the outbox and the visitor learns when to expect a call', async ({page}) => {
  const before = await outboxFiles()
  await page.goto('/contact')
  await fillGoodRequest(page, 'Outbox Person')
  await page.getByRole('button', {name: 'Request a call back'}).click()
  await expect(page).toHaveURL(/\/contact\/thanks$/)
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Thank you. We have your request.')
  await expect(page.getByText(/will contact you within one business day/)).toBeVisible()

  const added = (await outboxFiles()).filter((file) => !before.includes(file))
  expect(added).toHaveLength(1)
  const saved = JSON.parse(await readFile(path.join(OUTBOX_DIR, added[0]), 'utf8'))
  expect(saved).toMatchObject({
    name: 'Outbox Person',
    phone: '828-555-0199',
    preferredContact: 'phone',
    service: 'group-therapy',
  })
  expect(saved).not.toHaveProperty('website')
})

test('a bot that fills the honeypot is thanked, and nothing is stored', async ({page}) => {
  const before = await outboxFiles()
  await page.goto('/contact')
  await fillGoodRequest(page, 'Bot')
  await page.locator('#website').fill('https://spam.example', {force: true})
  await page.getByRole('button', {name: 'Request a call back'}).click()
  await expect(page).toHaveURL(/\/contact\/thanks$/)
  expect(await outboxFiles()).toEqual(before)
})

test('one address cannot send more than the limit', async ({page}) => {
  // The limit is 3 per 10 minutes in the browser tests; the two tests above used two.
  await page.goto('/contact')
  await fillGoodRequest(page, 'Third Request')
  await page.getByRole('button', {name: 'Request a call back'}).click()
  await expect(page).toHaveURL(/\/contact\/thanks$/)

  const before = await outboxFiles()
  await page.goto('/contact')
  await fillGoodRequest(page, 'Fourth Request')
  await page.getByRole('button', {name: 'Request a call back'}).click()
  await expect(page.getByRole('alert').filter({hasText: 'several requests in a short time'})).toBeVisible()
  await expect(page.getByLabel('Your name')).toHaveValue('Fourth Request')
  expect(await outboxFiles()).toEqual(before)
})

test('the crisis line is visible at 375 px on every kind of page', async ({page}) => {
  await page.setViewportSize({width: 375, height: 740})
  const paths = [
    '/',
    '/services',
    '/services/group-therapy',
    '/contact',
    '/contact/thanks',
    '/crisis',
    '/blog',
    '/blog/your-first-group-session',
    '/blog/category/recovery',
    '/team',
    '/team/maya-ellison',
    '/search?q=sleep',
    '/insurance-and-fees',
    '/privacy',
    '/notice-of-privacy-practices',
    '/no/such/page',
  ]
  for (const path of paths) {
    await page.goto(path)
    const crisis = page.getByRole('complementary', {name: 'Crisis support'})
    await expect(crisis, path).toBeVisible()
    await expect(crisis.getByRole('link', {name: 'Text 988'}), path).toHaveAttribute('href', 'sms:988')
  }
})

test('on a phone, the crisis page offers call and text 988 as large buttons on its first screen', async ({browser}) => {
  const context = await browser.newContext({viewport: {width: 375, height: 667}})
  const page = await context.newPage()
  await page.goto('/crisis')
  const lifeline = page.getByRole('region', {name: '988 Suicide & Crisis Lifeline'})
  for (const [name, href] of [
    ['Call 988', 'tel:988'],
    ['Text 988', 'sms:988'],
  ]) {
    const action = lifeline.getByRole('link', {name})
    await expect(action).toHaveAttribute('href', href)
    const box = await action.boundingBox()
    // WCAG 2.5.5's 44 px, above AA's 24, and the whole button within the smallest common phone screen.
    expect(box?.height, name).toBeGreaterThanOrEqual(44)
    expect(box?.width, name).toBeGreaterThanOrEqual(44)
    expect((box?.y ?? Infinity) + (box?.height ?? 0), name).toBeLessThanOrEqual(667)
  }
  await context.close()
})

test('the notices, crisis and services pages pass axe', async ({browser}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  for (const path of [
    '/services',
    '/crisis',
    '/insurance-and-fees',
    '/privacy',
    '/notice-of-privacy-practices',
    '/contact/thanks',
  ]) {
    await page.goto(path)
    await expectNoAxeViolations(page)
  }
  expect(await context.cookies()).toEqual([])
  await context.close()
})

test('a new phone number and portal link in Site settings reach header, footer, contact and JSON-LD without a rebuild', async ({
  request,
}) => {
  const newPhone = '(828) 555-0177'
  const portal = 'https://portal.resilientmind.example/'
  const original = await lakeClient.getDocument('siteSettings')
  await lakeClient.patch('siteSettings').set({phone: newPhone, clientPortalUrl: portal}).commit()
  try {
    for (const path of ['/', '/contact']) {
      await expect
        .poll(
          async () => {
            const html = await (await request.get(path)).text()
            const header = html.split('</header>')[0]
            const footer = html.split('<footer')[1] ?? ''
            const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) =>
              JSON.parse(m[1]),
            )
            return {
              header: header.includes(newPhone),
              footer: footer.includes(newPhone),
              jsonLd: jsonLd.some((data) => data.telephone === newPhone),
            }
          },
          {timeout: 10_000, intervals: [100, 250, 500]},
        )
        .toEqual({header: true, footer: true, jsonLd: true})
    }
    // The client portal link appears with the setting.
    expect(await (await request.get('/contact')).text()).toContain(`href="${portal}"`)
  } finally {
    await lakeClient.patch('siteSettings').set({phone: original?.phone}).unset(['clientPortalUrl']).commit()
  }
})

test('with SMTP_URL set, a request is delivered to the mail server', async ({browser}) => {
  const {MAIL_DIR, SMTP_SITE_URL} = await import('../playwright.config.ts')
  const context = await browser.newContext({baseURL: SMTP_SITE_URL})
  const page = await context.newPage()
  await page.goto('/contact')
  await fillGoodRequest(page, 'Mail Person')
  await page.getByRole('button', {name: 'Request a call back'}).click()
  await expect(page).toHaveURL(/\/contact\/thanks$/)
  const mails = await Promise.all((await readdir(MAIL_DIR)).map((file) => readFile(path.join(MAIL_DIR, file), 'utf8')))
  const mail = mails.find((text) => text.includes('Name: Mail Person'))
  expect(mail).toMatch(/Subject: New appointment request from the website/)
  expect(mail).toMatch(/To: office@resilientmind\.example/)
  await context.close()
})

test('a request from "Ask about this group" names the group in the office’s email', async ({browser}) => {
  const {MAIL_DIR, SMTP_SITE_URL} = await import('../playwright.config.ts')
  const context = await browser.newContext({baseURL: SMTP_SITE_URL})
  const page = await context.newPage()
  await page.goto('/contact/group/bipoc-community-group')
  await page.getByLabel('Your name').fill('Group Person')
  await page.getByLabel('Phone', {exact: true}).fill('828-555-0198')
  await page.getByLabel('By phone').check()
  await page.getByRole('button', {name: 'Request a call back'}).click()
  await expect(page).toHaveURL(/\/contact\/thanks$/)
  const mails = await Promise.all((await readdir(MAIL_DIR)).map((file) => readFile(path.join(MAIL_DIR, file), 'utf8')))
  const mail = mails.find((text) => text.includes('Name: Group Person'))
  expect(mail).toMatch(/Service: bipoc-group-therapy/)
  expect(mail).toMatch(/Group: BIPOC community group/)
  await context.close()
})

test('every response carries the security headers', async ({request}) => {
  for (const path of ['/', '/contact', '/blog/your-first-group-session', '/studio']) {
    const headers = (await request.get(path)).headers()
    // Only this origin may frame the site (the Studio's Presentation tool); nothing frames the Studio.
    expect(headers['content-security-policy'], path).toMatch(
      path === '/studio' ? /frame-ancestors 'none'/ : /frame-ancestors 'self'/,
    )
    expect(headers['x-frame-options'], path).toBe('SAMEORIGIN')
    expect(headers['strict-transport-security'], path).toMatch(/max-age=\d+/)
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    expect(headers['permissions-policy'], path).toMatch(/camera=\(\)/)
  }
  expect((await request.get('/')).headers()['content-security-policy']).toMatch(/script-src 'self' 'unsafe-inline';/)
})
