/**
 * @module
 * The app on Node's HTTP server with timeouts that keep slow or stalled clients from holding
 * connections: headers, whole request, and idle keep-alive.
 */
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
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
    server.once('error', reject)
  })
}
