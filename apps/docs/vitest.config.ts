import { defineConfig } from 'vitest/config'

// Unit tests sit beside the code in .vitepress/lib; browser tests in tests/ run against the
// built site, served once by the global setup. Each browser test file launches Chromium once.
export default defineConfig({
  test: {
    include: ['.vitepress/**/*.test.ts', 'tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
})
