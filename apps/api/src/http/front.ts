import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env'
import { STATIC_HEADERS, finishHeaders, prepared } from './headers'
import { requestHeader } from './request-header'

const VALID_ID = /^[\w=-]{1,128}$/
const PREFLIGHT: Record<string, string> = {
  ...STATIC_HEADERS,
  'access-control-allow-methods': 'GET, HEAD, POST, OPTIONS',
  'access-control-allow-headers': 'Content-Type, Accept, Accept-Language, Accept-Encoding, If-None-Match, X-Request-Id',
  'access-control-max-age': '86400',
}

/** The id of a request: the caller's `X-Request-Id` when it is a plain token, else a new one. */
export function requestIdFor(given: string | undefined): string {
  return given && VALID_ID.test(given) ? given : crypto.randomUUID()
}

export interface FrontOptions {
  /** Extra Vary entries (e.g. Accept-Encoding when bodies are pre-compressed). */
  vary: string
}

/**
 * First middleware of the app: gives each request an id (a caller's `X-Request-Id` when it is
 * a plain token), answers CORS preflights, and after the route ran adds the security, CORS
 * and Vary headers to every response not already built complete.
 */
export function front(options: FrontOptions): MiddlewareHandler<AppEnv> {
  return async function frontMiddleware(c, next) {
    const id = requestIdFor(requestHeader(c, 'x-request-id'))
    c.set('requestId', id)
    if (c.req.method === 'OPTIONS') return new Response(null, { status: 204, headers: { ...PREFLIGHT, 'x-request-id': id } })
    await next()
    if (!prepared.has(c.res)) finishHeaders(c.res, id, options.vary)
  }
}
