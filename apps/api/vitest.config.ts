import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Fuzzing, real servers and workerd start-up take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
