/**
 * @module
 * `pnpm start`: the API on Node, built to JavaScript by tsdown (dist/node.mjs). PORT (default
 * 8787), HOST (default 127.0.0.1), DEREGISTER_RATE_LIMIT ("60/60": writes per seconds),
 * DEREGISTER_CHECK_RATE_LIMIT ("600/60": eligibility checks), DEREGISTER_CLIENT_IP_HEADER (only
 * behind a trusted proxy, e.g. x-forwarded-for), DEREGISTER_ACCESS_LOG=1 for one line per request.
 */
import { createRequire } from 'node:module'
import { readFile } from 'node:fs/promises'
import * as catalog from '@deregister/content/catalog'
import { reportsConfig, schedulePurge } from '@deregister/reports'
import { openSqliteStore, resolveDbPath } from '@deregister/reports/sqlite'
import { DEFAULT_RATE_LIMITS, createApp } from './app'
import { parseRateLimit } from './middleware/rate-limit'
import { responseCache } from './middleware/response-cache'
import { nodeClientAddress } from './node/config'
import { startNodeServer } from './node/server'

const env = process.env
const require = createRequire(import.meta.url)
// Reader reports: SQLite at DEREGISTER_DB (default .data/deregister.db); maintainer endpoints
// only with DEREGISTER_MAINTAINER_TOKEN (≥ 32 characters); closed reports purged after
// DEREGISTER_REPORT_RETENTION_DAYS (default 180), at start and every 6 hours.
const reports = reportsConfig(env)
const dbPath = resolveDbPath(env)
const store = await openSqliteStore(dbPath)
const stopPurge = schedulePurge(store, {
  retentionDays: reports.retentionDays,
  onError: (error) => console.error('purging closed reports failed:', error),
})
const app = createApp({
  catalog,
  reports: { store, ...(reports.maintainerToken ? { maintainerToken: reports.maintainerToken } : {}) },
  clientAddress: nodeClientAddress(env.DEREGISTER_CLIENT_IP_HEADER),
  rateLimits: {
    writes: parseRateLimit('DEREGISTER_RATE_LIMIT', env.DEREGISTER_RATE_LIMIT, DEFAULT_RATE_LIMITS.writes),
    checks: parseRateLimit('DEREGISTER_CHECK_RATE_LIMIT', env.DEREGISTER_CHECK_RATE_LIMIT, DEFAULT_RATE_LIMITS.checks),
  },
  responseCache: responseCache(),
  referenceScript: () => readFile(require.resolve('@scalar/api-reference/browser/standalone.js'), 'utf8'),
  ...(env.DEREGISTER_ACCESS_LOG === '1' ? { accessLog: (r) => console.log(JSON.stringify(r)) } : {}),
})

const running = await startNodeServer({ app, port: Number(env.PORT ?? 8787), hostname: env.HOST ?? '127.0.0.1' })
console.log(`Deregister API on ${running.url}  (${catalog.index.entries.length} entries)`)
console.log(`  ${running.url}/v1/platforms`)
console.log(`  ${running.url}/reference      interactive reference`)
console.log(`  ${running.url}/openapi.json   OpenAPI 3.1`)
console.log(`  ${running.url}/healthz`)
console.log(`  reports in ${dbPath}${reports.maintainerToken ? '' : ' (maintainer endpoints off: no DEREGISTER_MAINTAINER_TOKEN)'}`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopPurge()
    void running
      .close()
      .then(() => store.close())
      .then(() => process.exit(0))
  })
}
