import nextJest from 'next/jest.js'

const createJestConfig = nextJest({dir: './'})

// Sanity 6, @sanity/client 8 and groq-js 2 ship ESM only, so tests run as ES modules
// (`NODE_OPTIONS=--experimental-vm-modules`, set by `npm test`).
export default createJestConfig({
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  setupFilesAfterEnv: ['<rootDir>/__tests__/setup/jest-dom.ts'],
  testMatch: ['<rootDir>/__tests__/**/*.test.ts?(x)'],
  moduleNameMapper: {
    '^next/image$': '<rootDir>/__tests__/setup/next-image.js',
    // What next.config's `images.loaderFile` does in Next's bundler: next/image's default
    // loader is swapped for the project's.
    '^next/dist/shared/lib/image-loader$': '<rootDir>/sanity/lib/image-loader.ts',
    // next-sanity/live picks its build by export condition; with cacheComponents, Next's bundler
    // resolves the "next-js" one. Jest knows no such condition, so name that build here.
    '^next-sanity/live$': '<rootDir>/node_modules/next-sanity/dist/live/conditions/next-js/index.js',
  },
  // Browser tests run under Playwright (npm run test:e2e), not jest.
  testPathIgnorePatterns: ['<rootDir>/e2e/'],
  // Builds hold copies of package.json (the standalone folder), which jest would take for a
  // second package of the same name.
  modulePathIgnorePatterns: ['<rootDir>/\\.next'],
  testTimeout: 20_000,
})
