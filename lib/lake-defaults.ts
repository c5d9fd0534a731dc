// Development defaults shared by the local lake and the site, so a fresh clone needs no .env.
// They only ever guard a lake bound to 127.0.0.1; with a real Sanity project, real secrets are
// required (lib/server-env.ts refuses to start without them).
export const LAKE_DEFAULT_PORT = 4010
export const LAKE_DEFAULT_TOKEN = 'local-lake-development-token'
export const LAKE_DEFAULT_WEBHOOK_SECRET = 'local-lake-webhook-secret'
export const LAKE_PROJECT_ID = 'local'
export const LAKE_DATASET = 'production'
