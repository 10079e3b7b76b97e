/**
 * @module
 * The app on Node's HTTP server with timeouts that keep slow or stalled clients from holding
 * connections: headers, whole request, and idle keep-alive.
 */
import type { AddressInfo, Socket } from 'node:net'
import { createServer } from 'node:http'
import type { IncomingMessage, RequestListener, Server, ServerOptions } from 'node:http'
import { PROBLEM_CONTENT_TYPE, problemBody } from '../problem'
import { serve } from '@hono/node-server'
import type { Http2Bindings, HttpBindings } from '@hono/node-server'
import { createResponseCache } from './response-cache'
import type { ResponseCache, ResponseCacheOptions } from './response-cache'

export interface NodeServerTimeouts {
  /** All request headers must arrive within this (default 10 s). */
  headersMs: number
  /** The whole request, body included, within this (default 30 s). */
  requestMs: number
  /** An idle keep-alive connection is closed after this (default 5 s). */
  keepAliveMs: number
  /** How often Node checks the two above (default 1 s). */
  checkEveryMs: number
}

export const DEFAULT_TIMEOUTS: NodeServerTimeouts = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000, checkEveryMs: 1_000 }

export interface NodeServerOptions {
  app: { fetch: (request: Request, env: HttpBindings | Http2Bindings) => Response | Promise<Response> }
  /** 0 picks a free port. */
  port: number
  hostname?: string
  timeouts?: Partial<NodeServerTimeouts>
  /** The shared cache of public GET answers (see response-cache.ts); `false` turns it off. */
  responseCache?: ResponseCacheOptions | false
}

export interface RunningServer {
  server: Server
  port: number
  /** Base URL, e.g. http://127.0.0.1:8787 */
  url: string
  /** Absent when the server runs without one. */
  responseCache?: ResponseCache
  close(): Promise<void>
}

// Errors Node's HTTP parser raises before the app sees a request, as problem documents.
const PARSER_ERRORS: Record<string, [number, string]> = {
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request timeout'],
  HPE_HEADER_OVERFLOW: [431, 'Request header fields too large'],
}

/** Answers a request Node could not parse (malformed or conflicting framing, timeouts) and closes. */
function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (socket.writable && !(socket as Socket & { _httpMessage?: unknown })._httpMessage) {
    const [status, title] = PARSER_ERRORS[error.code ?? ''] ?? [400, 'Bad request']
    const body = JSON.stringify(
      problemBody({ status: status as 400, title, detail: 'The request could not be read as HTTP/1.1.' }, '/'),
    )
    socket.end(
      `HTTP/1.1 ${status} ${title}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Cache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    )
    return
  }
  socket.destroy()
}

/** `http.createServer` whose requests try the cache before the adapter's listener. */
const servingFrom = (cache: ResponseCache): typeof createServer =>
  ((opts: ServerOptions, listener: RequestListener) =>
    createServer(opts, (req, res) => {
      if (!cache.serve(req, res)) listener(req, res)
    })) as typeof createServer

export function startNodeServer(options: NodeServerOptions): Promise<RunningServer> {
  const t = { ...DEFAULT_TIMEOUTS, ...options.timeouts }
  const hostname = options.hostname ?? '127.0.0.1'
  const cache = options.responseCache === false ? undefined : createResponseCache(options.responseCache)
  const app = options.app
  const fetch: NodeServerOptions['app']['fetch'] = cache
    ? async (request, env) => cache.offer((env as HttpBindings).incoming as IncomingMessage, await app.fetch(request, env))
    : app.fetch
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch,
        port: options.port,
        hostname,
        // Cached answers go out before the adapter builds a Request for the app.
        createServer: cache ? servingFrom(cache) : createServer,
        serverOptions: {
          headersTimeout: t.headersMs,
          requestTimeout: t.requestMs,
          keepAliveTimeout: t.keepAliveMs,
          connectionsCheckingInterval: t.checkEveryMs,
          maxHeaderSize: 16 * 1024,
          // Reject requests with both Content-Length and Transfer-Encoding, or malformed ones.
          insecureHTTPParser: false,
        },
      },
      (info: AddressInfo) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address
        resolve({
          server: server as Server,
          port: info.port,
          url: `http://${host}:${info.port}`,
          ...(cache ? { responseCache: cache } : {}),
          close: () =>
            new Promise((done) => {
              ;(server as Server).closeAllConnections()
              server.close(() => done())
            }),
        })
      },
    ) as Server
    server.on('clientError', answerClientError)
    server.once('error', reject)
  })
}
