// What code needs to know about the practice itself, in one place. Plain TypeScript with no
// imports, so the lake, the Studio and scripts Node runs directly share it with the app. Facts
// editors may change (address, phone, hours) live in Site settings, not here.

/** The practice's name where no Site settings are at hand: titles, the feed, the Studio. */
export const SITE_NAME = 'Resilient Mind Counseling'

/** The practice is in Asheville: dates and times read as they do there, whatever the server's zone. */
export const PRACTICE_TIME_ZONE = 'America/New_York'

/** A slug as the Studio generates them: lower-case words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
