import { defineConfig } from 'vitest/config'

// Unit tests sit beside the code; browser tests in test/ share one build and one server,
// prepared by the global setup. Each browser test file launches Chromium once.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
})
