import {defineConfig} from '@playwright/test'

// Browser tests run against the production build on its own ports and its own lake folder, so
// they neither disturb nor depend on a developer's running site or local edits.
const SITE_PORT = 3100
const LAKE_PORT = 4110
export const OUTBOX_DIR = '.lake/e2e-outbox'
export const CONTACT_RATE_LIMIT = 3
// A second copy of the site, sending appointment requests by SMTP to a local sink.
export const SMTP_SITE_URL = 'http://127.0.0.1:3101'
export const MAIL_DIR = '.lake/e2e-mail'
const SMTP_PORT = 2525

export default defineConfig({
  testDir: './e2e',
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${SITE_PORT}`,
    browserName: 'chromium',
    launchOptions: {
      // Debian's Chromium: a test tool's own browser download does not work on these machines.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      command: `rm -rf .lake/e2e .lake/e2e-smtp ${OUTBOX_DIR} ${MAIL_DIR} && npm run build && npm start`,
      url: `http://127.0.0.1:${SITE_PORT}/`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      env: {
        PORT: String(SITE_PORT),
        LAKE_PORT: String(LAKE_PORT),
        LAKE_DIR: '.lake/e2e',
        OUTBOX_DIR,
        CONTACT_RATE_LIMIT: String(CONTACT_RATE_LIMIT),
        NEXT_TELEMETRY_DISABLED: '1',
      },
    },
    {
      command: 'node e2e/smtp-sink.ts',
      port: SMTP_PORT,
      reuseExistingServer: false,
      env: {SMTP_SINK_PORT: String(SMTP_PORT), SMTP_SINK_DIR: MAIL_DIR},
    },
    {
      // Starts after the first server, so the build it made is there to start from.
      command: 'npm start',
      url: `${SMTP_SITE_URL}/`,
      timeout: 120_000,
      reuseExistingServer: false,
      env: {
        PORT: '3101',
        LAKE_PORT: '4111',
        LAKE_DIR: '.lake/e2e-smtp',
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        APPOINTMENT_EMAIL_TO: 'office@resilientmind.example',
        APPOINTMENT_EMAIL_FROM: 'website@resilientmind.example',
        OUTBOX_DIR: '.lake/e2e-smtp-outbox',
        NEXT_TELEMETRY_DISABLED: '1',
      },
    },
  ],
})
