import { defineConfig } from 'vitest/config'

// One file, one Chromium, one API process: the three frontends read side by side.
export default defineConfig({
  test: { include: ['src/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false },
})
