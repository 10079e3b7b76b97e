/**
 * @module
 * A shared cache in front of the app on Node that follows the app's own caching headers, the
 * way a CDN would: a GET answered with a strong `ETag` and `Cache-Control: public` is kept per
 * URL and per the request headers its `Vary` names, and the same request is answered again
 * (200, or 304 when `If-None-Match` holds the tag) straight on the socket, without building a
 * Fetch `Request` or running the router. The catalog only changes with a redeploy, so nothing
 * goes stale; the cache is bounded in entries and bytes and drops its oldest entries first.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AccessRecord } from '../app'
import { noneMatch } from '../http/conditional'
import { requestIdFor } from '../http/front'
import { prepared } from '../http/headers'

export interface ResponseCacheOptions {
  /** Most responses kept (default 4,096). */
  maxEntries?: number
  /** Most bytes kept (bodies and keys), all entries together (default 64 MiB). */
  maxBytes?: number
  /** Called for each request answered from the cache, like the app's access log. */
  accessLog?: (record: AccessRecord) => void
}

interface Stored {
  etag: string
  /** Flat [name, value, …] list for `writeHead`, without the per-request id. */
  head: string[]
  /** Headers of a 304: the 200's without those describing a body. */
  notModifiedHead: string[]
  /** Absent when only a 304 has been seen: such an entry answers matching revalidations only. */
  body?: Uint8Array
}

interface UrlEntry {
  /** Request headers the responses vary by, lowercase. */
  vary: string[]
  variants: Map<string, Stored>
}

export interface ResponseCache {
  /** Answers `req` from the cache and returns true, or returns false to let the app answer. */
  serve(req: IncomingMessage, res: ServerResponse): boolean
  /** Keeps the app's answer to `req` when it may be shared; returns a response to send in its place. */
  offer(req: IncomingMessage, res: Response): Promise<Response>
  /** Entries kept. */
  readonly size: number
  /** Bytes kept, as counted against `maxBytes`. */
  readonly bytes: number
}

const BODY_HEADERS = new Set(['content-type', 'content-encoding', 'content-length', 'transfer-encoding'])
const PER_REQUEST = new Set(['x-request-id', 'date', 'connection', 'keep-alive', 'set-cookie'])

/** A request the cache may answer or learn from: a plain GET, without credentials or a body. */
function eligible(req: IncomingMessage): boolean {
  const h = req.headers
  return (
    req.method === 'GET' &&
    !h.authorization &&
    !h.cookie &&
    !h['content-length'] &&
    !h['transfer-encoding'] &&
    !/no-cache|no-store/.test(`${h['cache-control'] ?? ''}${h.pragma ?? ''}`)
  )
}

/** Whether a response may be kept: a strong validator, public caching, and a Vary we can honour. */
function shareable(res: Response): string[] | undefined {
  const ready = prepared.get(res)?.headers
  const header = (name: string): string | null => (ready ? (ready[name] ?? null) : res.headers.get(name))
  const cc = header('cache-control') ?? ''
  const etag = header('etag')
  const vary = (header('vary') ?? '').toLowerCase()
  if ((res.status !== 200 && res.status !== 304) || !etag || etag.startsWith('W/')) return undefined
  if (!/\bpublic\b/.test(cc) || /no-store|private|no-cache/.test(cc) || vary.includes('*')) return undefined
  return vary ? vary.split(',').map((v) => v.trim()) : []
}

const variantKey = (req: IncomingMessage, vary: string[]): string =>
  vary.map((name) => { const v = req.headers[name]; return Array.isArray(v) ? v.join(',') : (v ?? '') }).join('\n')

export function createResponseCache(options: ResponseCacheOptions = {}): ResponseCache {
  const maxEntries = options.maxEntries ?? 4096
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024
  const urls = new Map<string, UrlEntry>()
  // Insertion order is age: the first key is the oldest entry.
  const order = new Map<string, [url: string, variant: string, bytes: number]>()
  let bytes = 0

  const evictUntil = (fits: () => boolean): void => {
    for (const [key, [url, variant, size]] of order) {
      if (fits()) return
      order.delete(key)
      bytes -= size
      const entry = urls.get(url)
      entry?.variants.delete(variant)
      if (entry && entry.variants.size === 0) urls.delete(url)
    }
  }

  const keep = (url: string, vary: string[], variant: string, stored: Stored): void => {
    const key = `${url}\0${variant}`
    // Keys count too: a URL and request headers can each be kilobytes long.
    const size = (stored.body?.byteLength ?? 0) + 2 * key.length
    if (size > maxBytes / 8) return
    const previous = order.get(key)
    if (previous) {
      order.delete(key)
      bytes -= previous[2]
    }
    evictUntil(() => order.size < maxEntries && bytes + size <= maxBytes)
    let entry = urls.get(url)
    // A changed Vary (a redeploy behind the same process never happens, but be exact) starts over.
    if (!entry || entry.vary.join() !== vary.join()) urls.set(url, (entry = { vary, variants: new Map() }))
    entry.variants.set(variant, stored)
    order.set(key, [url, variant, size])
    bytes += size
  }

  return {
    get size() {
      return order.size
    },
    get bytes() {
      return bytes
    },
    serve(req, res) {
      const url = req.url ?? ''
      const entry = urls.get(url)
      if (!entry || !eligible(req)) return false
      const stored = entry.variants.get(variantKey(req, entry.vary))
      if (!stored) return false
      const given = req.headers['x-request-id']
      const id = requestIdFor(typeof given === 'string' ? given : undefined)
      const t0 = options.accessLog ? performance.now() : 0
      let status: number
      if (noneMatch(req.headers['if-none-match'], stored.etag)) {
        status = 304
        res.writeHead(304, [...stored.notModifiedHead, 'x-request-id', id])
        res.end()
      } else if (stored.body) {
        status = 200
        res.writeHead(200, [...stored.head, 'content-length', String(stored.body.byteLength), 'x-request-id', id])
        res.end(stored.body)
      } else {
        return false
      }
      options.accessLog?.({ requestId: id, method: 'GET', path: url.split('?')[0]!, status, ms: performance.now() - t0 })
      return true
    },
    async offer(req, res) {
      const vary = eligible(req) ? shareable(res) : undefined
      if (!vary) return res
      // The app's own parts when it built the response ready, else read from the response.
      const ready = prepared.get(res)
      const head: string[] = []
      const notModifiedHead: string[] = []
      for (const [name, value] of ready ? Object.entries(ready.headers) : res.headers) {
        if (PER_REQUEST.has(name)) continue
        if (name !== 'content-length') head.push(name, value)
        if (!BODY_HEADERS.has(name)) notModifiedHead.push(name, value)
      }
      const stored: Stored = { etag: ready?.headers.etag ?? res.headers.get('etag')!, head, notModifiedHead }
      const variant = variantKey(req, vary)
      if (res.status === 304) {
        // Learn the validator only; never replace a full entry with it.
        if (!urls.get(req.url ?? '')?.variants.get(variant)) keep(req.url ?? '', vary, variant, stored)
        return res
      }
      if (ready && ready.body instanceof Uint8Array) {
        stored.body = ready.body
        keep(req.url ?? '', vary, variant, stored)
        return res
      }
      stored.body = new Uint8Array(await res.arrayBuffer())
      keep(req.url ?? '', vary, variant, stored)
      return new Response(stored.body, { status: res.status, headers: res.headers })
    },
  }
}
