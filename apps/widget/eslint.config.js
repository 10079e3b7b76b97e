import { base } from '@deregister/eslint-config'

// .vue files are type-checked by vue-tsc; ESLint covers the TypeScript and the Node scripts.
export default [
  ...base,
  { ignores: ['**/*.vue'] },
  { files: ['demo/**/*.mjs', 'scripts/**/*.mjs'], languageOptions: { globals: { URL: 'readonly', process: 'readonly', console: 'readonly', window: 'readonly', performance: 'readonly' } } },
]
