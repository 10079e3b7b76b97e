/**
 * @module
 * Node: public GET answers kept in memory, in a least-recently-used cache bounded in bytes
 * (lru-cache), keyed by URL and language. The catalog changes only with a redeploy, so an
 * answer never goes stale. It runs inside the access log, request id, CORS, secure headers and
 * ETag middleware, so a cached answer is logged, identified and revalidated (304) like any
 * other. On workerd, `hono/cache` plays this part over the Cache API.
 */
import type { MiddlewareHandler } from 'hono'
import { LRUCache } from 'lru-cache'
import type { AppEnv } from '../env'

export interface ResponseCacheOptions {
  /** Most bytes kept, bodies and keys together (default 32 MiB). */
  maxBytes?: number
}

interface Stored {
  body: Uint8Array
  headers: Record<string, string>
}

// What the route itself said about its answer; the rest comes from the outer middleware each time.
const KEPT_HEADERS = ['content-type', 'content-language', 'cache-control', 'etag', 'vary']

// What a 304 keeps of the 200 (RFC 9110 §15.4.5), as hono/etag keeps it.
const NOT_MODIFIED_HEADERS = ['cache-control', 'etag', 'vary']

/** hono/etag's comparison: any quoted tag in If-None-Match equal to the stored one, weak or not. */
const revalidates = (ifNoneMatch: string | undefined, etag: string | undefined): boolean =>
  !!ifNoneMatch && !!etag && (ifNoneMatch.trim() === '*' || (ifNoneMatch.match(/"[^"]*"/g)?.includes(etag.replace(/^W\//, '')) ?? false))

const shareable = (res: Response): boolean => {
  const cc = res.headers.get('cache-control') ?? ''
  const etag = res.headers.get('etag')
  return res.status === 200 && !!etag && /\bpublic\b/.test(cc) && !/no-store|private|no-cache/.test(cc)
}

const pick = (headers: Record<string, string>, names: readonly string[]): Record<string, string> =>
  Object.fromEntries(names.flatMap((name) => (headers[name] === undefined ? [] : [[name, headers[name]]])))

export function responseCache(options: ResponseCacheOptions = {}): MiddlewareHandler<AppEnv> {
  const maxBytes = options.maxBytes ?? 32 * 1024 * 1024
  const lru = new LRUCache<string, Stored>({
    maxSize: maxBytes,
    maxEntrySize: maxBytes / 8,
    sizeCalculation: (stored, key) => stored.body.byteLength + 2 * key.length + 256,
  })
  return async function responseCacheMiddleware(c, next) {
    if (c.req.method !== 'GET' || c.req.header('authorization')) return next()
    const key = `${c.get('lang')} ${c.req.url}`
    const hit = lru.get(key)
    if (hit) {
      // A revalidation of a kept answer is a 304 here, without the body: hono/etag (outside)
      // would answer the same, but only after turning the cached bytes into a stream to cancel.
      if (revalidates(c.req.header('if-none-match'), hit.headers.etag)) return c.body(null, 304, pick(hit.headers, NOT_MODIFIED_HEADERS))
      return c.body(hit.body as Uint8Array<ArrayBuffer>, 200, hit.headers)
    }
    await next()
    if (!shareable(c.res)) return
    const body = new Uint8Array(await c.res.arrayBuffer())
    const headers: Record<string, string> = {}
    for (const name of KEPT_HEADERS) {
      const value = c.res.headers.get(name)
      if (value !== null) headers[name] = value
    }
    lru.set(key, { body, headers })
    c.res = new Response(body, { status: 200, headers: c.res.headers })
  }
}
