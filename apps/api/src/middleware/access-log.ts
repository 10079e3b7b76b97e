import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env'

/** One request's record for an access log. Never carries bodies, answers or query strings. */
export interface AccessRecord {
  requestId: string
  method: string
  path: string
  status: number
  ms: number
}

/** The app's first middleware: one record per request, cached answers included. */
export function accessLog(log: (record: AccessRecord) => void): MiddlewareHandler<AppEnv> {
  return async function accessLogMiddleware(c, next) {
    const t0 = performance.now()
    await next()
    log({ requestId: c.get('requestId') ?? '', method: c.req.method, path: c.req.path, status: c.res.status, ms: performance.now() - t0 })
  }
}
