/**
 * @module
 * `pnpm start`: the API on Node. PORT (default 8787), HOST (default 127.0.0.1),
 * DEREGISTER_RATE_LIMIT ("60/60": writes per seconds), DEREGISTER_CLIENT_IP_HEADER (only
 * behind a trusted proxy, e.g. x-forwarded-for), DEREGISTER_ACCESS_LOG=1 for one line per request.
 */
import { createRequire } from 'node:module'
import { readFile } from 'node:fs/promises'
import * as catalog from '@deregister/content/catalog'
import { createApp } from './app'
import { reportsConfig, reportsMount, schedulePurge } from './reports'
import { openSqliteStore, resolveDbPath } from './reports/sqlite'
import { nodeClientAddress, nodeCompress, nodeCompressFast, parseRateLimit } from './node/config'
import { startNodeServer } from './node/server'

const env = process.env
const require = createRequire(import.meta.url)
// Reader reports: SQLite at DEREGISTER_DB (default .data/deregister.db); maintainer endpoints
// only with DEREGISTER_MAINTAINER_TOKEN; closed reports purged after
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
  routes: [reportsMount({ store, maintainerToken: reports.maintainerToken })],
  clientAddress: nodeClientAddress(env.DEREGISTER_CLIENT_IP_HEADER),
  rateLimit: parseRateLimit(env.DEREGISTER_RATE_LIMIT),
  compress: nodeCompress,
  compressPerRequest: nodeCompressFast,
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
