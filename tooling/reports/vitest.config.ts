import { defineConfig } from 'vitest/config'

// The CLI tests start real processes, which take seconds on a busy machine.
export default defineConfig({ test: { include: ['src/**/*.test.ts'], testTimeout: 60_000 } })
