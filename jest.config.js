import nextJest from 'next/jest.js'

const createJestConfig = nextJest({dir: './'})

// Sanity 6, @sanity/client 8 and groq-js 2 ship ESM only, so tests run as ES modules
// (`NODE_OPTIONS=--experimental-vm-modules`, set by `npm test`).
export default createJestConfig({
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  setupFilesAfterEnv: ['<rootDir>/__tests__/setup/jest-dom.ts'],
  testMatch: ['<rootDir>/__tests__/**/*.test.ts?(x)'],
  moduleNameMapper: {'^@/(.*)$': '<rootDir>/$1'},
  // Browser tests run under Playwright (npm run test:e2e), not jest.
  testPathIgnorePatterns: ['<rootDir>/e2e/'],
  testTimeout: 20_000,
})
