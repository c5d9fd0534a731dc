import {defineConfig} from '@playwright/test'

// Browser tests run against the production build on its own ports and its own lake folder, so
// they neither disturb nor depend on a developer's running site or local edits.
const SITE_PORT = 3100
const LAKE_PORT = 4110
export const OUTBOX_DIR = '.lake/e2e-outbox'
export const CONTACT_RATE_LIMIT = 3

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
  webServer: {
    command: `rm -rf .lake/e2e ${OUTBOX_DIR} && npm run build && npm start`,
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
})
