/**
 * The one lint setup of the repository. Packages re-export `base`, and code that must run
 * in Node, workerd and the browser alike (packages/core) adds `portable`.
 */
import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export const base = tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.vitepress/cache/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: content is data.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
      ],
    },
  },
)

// Every Node and browser global that does not also exist in plain ECMAScript.
const ecmaGlobals = new Set(Object.keys(globals.es2021))
const hostOnly = [...Object.keys(globals.node), ...Object.keys(globals.browser)].filter(
  (name) => !ecmaGlobals.has(name) && !['console', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'structuredClone', 'queueMicrotask', 'crypto'].includes(name),
)

/** Keeps Node and DOM globals and Node built-ins out of code that runs everywhere. */
export const portable = [
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...[...new Set(hostOnly)].map((name) => ({
          name,
          message: 'packages/core runs in Node, workerd and browsers: no host globals.',
        })),
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'crypto', 'url'], message: 'No Node built-ins in core.' }] },
      ],
    },
  },
]

export default base
