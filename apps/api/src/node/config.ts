import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'
import type { ClientAddress, RateLimitOptions } from '../http/rate-limit'
import type { Compress } from '../http/respond'

/**
 * The connection's address, or with `trustedHeader` (set only behind a proxy you run) the
 * right-most address in that header: the one your proxy appended, which a client cannot forge.
 */
export function nodeClientAddress(trustedHeader?: string): ClientAddress {
  if (trustedHeader) {
    return (c: Context) => c.req.header(trustedHeader)?.split(',').at(-1)?.trim() || getConnInfo(c).remote.address
  }
  return (c: Context) => getConnInfo(c).remote.address
}

/** "120/60" → 120 writes per 60 seconds per address; undefined keeps the default. */
export function parseRateLimit(value: string | undefined): RateLimitOptions | undefined {
  if (!value) return undefined
  const m = /^(\d+)\/(\d+)$/.exec(value.trim())
  if (!m) throw new Error(`DEREGISTER_RATE_LIMIT must look like "60/60" (writes/seconds), got "${value}"`)
  return { limit: Number(m[1]), windowMs: Number(m[2]) * 1000 }
}

/** Pre-compression of cached bodies: once per representation, so the best settings are affordable. */
export const nodeCompress: Compress = (body, coding) =>
  coding === 'br'
    ? brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.byteLength } })
    : gzipSync(body, { level: 9 })

/**
 * Compression of bodies made per request: brotli at quality 1 (or gzip level 1) costs tens of
 * microseconds on a result of ~15 KB and sends about a quarter of the bytes.
 */
export const nodeCompressFast: Compress = (body, coding) =>
  coding === 'br'
    ? brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 1, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.byteLength } })
    : gzipSync(body, { level: 1 })
