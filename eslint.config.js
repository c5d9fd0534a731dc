// Lint: Next's rules (React, hooks, accessibility, Core Web Vitals) with typescript-eslint's,
// formatting left to Prettier (eslint-config-prettier turns the overlapping rules off).
import {defineConfig, globalIgnores} from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypeScript from 'eslint-config-next/typescript'
import prettier from 'eslint-config-prettier/flat'

const aliasImport = {regex: '^@/', message: 'Import with a relative path and the file extension, as Node needs.'}

export default defineConfig([
  ...nextVitals,
  ...nextTypeScript,
  prettier,
  globalIgnores([
    '.next*/**',
    '.lake/**',
    'bench/work/**',
    'scratch/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
  ]),
  {
    rules: {
      // One import style: relative paths with the file's extension, which Node runs directly
      // (scripts, the lake, the bench) and Next bundles, so both can share every module.
      'no-restricted-imports': ['error', {patterns: [aliasImport]}],
      'import/extensions': ['error', 'ignorePackages', {checkTypeImports: true}],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_'},
      ],
    },
  },
  {
    // lib/ is shared by the app, the lake, the Studio and scripts; content code builds on it,
    // never the other way round.
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            aliasImport,
            {regex: '^(\\.\\./)+(sanity|app|components)/', message: 'lib/ does not depend on app code.'},
          ],
        },
      ],
    },
  },
])
