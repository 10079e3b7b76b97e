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
import { nodeClientAddress, nodeCompress, parseRateLimit } from './node/config'
import { startNodeServer } from './node/server'

const env = process.env
const require = createRequire(import.meta.url)
const app = createApp({
  catalog,
  clientAddress: nodeClientAddress(env.DEREGISTER_CLIENT_IP_HEADER),
  rateLimit: parseRateLimit(env.DEREGISTER_RATE_LIMIT),
  compress: nodeCompress,
  referenceScript: () => readFile(require.resolve('@scalar/api-reference/browser/standalone.js'), 'utf8'),
  ...(env.DEREGISTER_ACCESS_LOG === '1' ? { accessLog: (r) => console.log(JSON.stringify(r)) } : {}),
})

const running = await startNodeServer({ app, port: Number(env.PORT ?? 8787), hostname: env.HOST ?? '127.0.0.1' })
console.log(`Deregister API on ${running.url}  (${catalog.index.entries.length} entries)`)
console.log(`  ${running.url}/v1/platforms`)
console.log(`  ${running.url}/reference      interactive reference`)
console.log(`  ${running.url}/openapi.json   OpenAPI 3.1`)
console.log(`  ${running.url}/healthz`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void running.close().then(() => process.exit(0))
  })
}
