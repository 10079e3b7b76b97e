/**
 * @module
 * The app on Node's HTTP server (@hono/node-server) with timeouts that keep slow or stalled
 * clients from holding connections: headers, whole request, and idle keep-alive.
 */
import type { AddressInfo, Socket } from 'node:net'
import type { Server, ServerResponse } from 'node:http'
import { serve } from '@hono/node-server'
import type { Http2Bindings, HttpBindings } from '@hono/node-server'
import { staticHeaders } from '../middleware/security'
import { PROBLEM_CONTENT_TYPE, problemBody } from '../problem'

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

// Errors Node's HTTP parser raises before the app could answer, as problem documents; every
// other parser error (malformed or conflicting framing, found before or after the headers) is a 400.
const PARSER_ERRORS: Record<string, [number, string]> = {
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request timeout'],
  HPE_HEADER_OVERFLOW: [431, 'Request header fields too large'],
}

/**
 * Answers a request Node could not parse, then closes: written on the socket by hand because
 * no app runs for it. A framing error found in the body (bad chunk size, unknown
 * Transfer-Encoding) arrives after the request was handed to the app; unless the app's answer
 * has started, the parser's 400 goes out instead (RFC 9112 §6.1).
 */
function clientErrorAnswer(headers: [string, string][]) {
  const fixed = headers.map(([name, value]) => `${name}: ${value}\r\n`).join('')
  return (error: Error & { code?: string }, socket: Socket): void => {
    const pending = (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage
    if (!socket.writable || pending?.headersSent) {
      socket.destroy()
      return
    }
    const [status, title] = PARSER_ERRORS[error.code ?? ''] ?? [400, 'Bad request']
    const body = JSON.stringify(problemBody({ status: status as 400, title, detail: 'The request could not be read as HTTP/1.1.' }, '/'))
    socket.end(
      `HTTP/1.1 ${status} ${title}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `${fixed}Cache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    )
    // The app may still be answering the request: nothing of it may follow on this socket.
    pending?.destroy()
  }
}

export async function startNodeServer(options: NodeServerOptions): Promise<RunningServer> {
  const t = { ...DEFAULT_TIMEOUTS, ...options.timeouts }
  const hostname = options.hostname ?? '127.0.0.1'
  const onClientError = clientErrorAnswer(await staticHeaders())
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
    server.on('clientError', onClientError)
    server.once('error', reject)
  })
}
