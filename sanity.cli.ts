import {defineCliConfig} from 'sanity/cli'
import {publicEnv} from './lib/env.ts'

// Used by `npx sanity ...` commands, e.g. `npx sanity dataset import sanity/seed production`.
export default defineCliConfig({
  api: {
    projectId: publicEnv.NEXT_PUBLIC_SANITY_PROJECT_ID,
    dataset: publicEnv.NEXT_PUBLIC_SANITY_DATASET,
  },
})
