import {defineCliConfig} from 'sanity/cli'
import {publicEnv} from './lib/env.ts'

// Used by `npx sanity ...` commands, e.g. `npx sanity dataset import sanity/seed production`,
// and by `npm run typegen`, which types every defineQuery in sanity/lib from the schema.
export default defineCliConfig({
  api: {
    projectId: publicEnv.NEXT_PUBLIC_SANITY_PROJECT_ID,
    dataset: publicEnv.NEXT_PUBLIC_SANITY_DATASET,
  },
  schemaExtraction: {path: './sanity/schema.json', enforceRequiredFields: true},
  typegen: {
    path: './sanity/lib/**/*.ts',
    schema: './sanity/schema.json',
    generates: './sanity/types.ts',
    // The site reads through its own typed functions, not the client's overloads.
    overloadClientMethods: false,
  },
})
