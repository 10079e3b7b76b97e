/**
 * @module
 * The app on Node's HTTP server with timeouts that keep slow or stalled clients from holding
 * connections: headers, whole request, and idle keep-alive.
 */
import type { AddressInfo, Socket } from 'node:net'
import type { Server } from 'node:http'
import { PROBLEM_CONTENT_TYPE, problemBody } from '../problem'
import { serve } from '@hono/node-server'
import type { Http2Bindings, HttpBindings } from '@hono/node-server'

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
}

export interface RunningServer {
  server: Server
  port: number
  /** Base URL, e.g. http://127.0.0.1:8787 */
  url: string
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

export function startNodeServer(options: NodeServerOptions): Promise<RunningServer> {
  const t = { ...DEFAULT_TIMEOUTS, ...options.timeouts }
  const hostname = options.hostname ?? '127.0.0.1'
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch: options.app.fetch,
        port: options.port,
        hostname,
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
