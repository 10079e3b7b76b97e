/**
 * @module
 * The headers every answer carries, from Hono's own middleware: a request id, open CORS (no
 * credentials), and secure headers. Cross-Origin-Resource-Policy is cross-origin: embedding
 * pages load what we serve.
 */
import type { MiddlewareHandler } from 'hono'
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { RETAINED_304_HEADERS } from 'hono/etag'
import { requestId } from 'hono/request-id'
import { secureHeaders } from 'hono/secure-headers'

export const EXPOSED_HEADERS = [
  'ETag',
  'Content-Language',
  'Retry-After',
  'X-Request-Id',
  'RateLimit-Policy',
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
]

/** Headers a 304 keeps besides the standard ones: set before the route ran, so etag() would drop them. */
export const RETAINED_ON_304 = [...RETAINED_304_HEADERS, 'access-control-allow-origin', 'access-control-expose-headers', 'x-request-id']

/** Request id, secure headers and CORS (which answers preflights), in the order the app applies them. */
export function securityMiddleware(): MiddlewareHandler[] {
  return [
    // A caller's X-Request-Id when it is a plain token of at most 128 characters, else a new one.
    requestId({ limitLength: 128 }),
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      crossOriginResourcePolicy: 'cross-origin',
      xFrameOptions: 'DENY',
      // A route that needs its own policy (the reference page) sets it and keeps it.
      overwrite: false,
    }),
    cors({
      origin: '*',
      allowMethods: ['GET', 'HEAD', 'POST', 'PATCH', 'OPTIONS'],
      allowHeaders: ['Content-Type', 'Accept', 'Accept-Language', 'If-None-Match', 'X-Request-Id', 'Authorization'],
      exposeHeaders: EXPOSED_HEADERS,
      maxAge: 86400,
    }),
  ]
}

/**
 * The CORS and secure headers as a plain list, for answers written where no Hono app runs (the
 * Node server's parser errors): taken from the same middleware, so the two never drift apart.
 */
export async function staticHeaders(): Promise<[string, string][]> {
  const probe = new Hono()
  for (const middleware of securityMiddleware()) probe.use(middleware)
  const res = await probe.get('/', (c) => c.body(null, 204)).request('/', { headers: { Origin: 'https://example.org' } })
  return [...res.headers].filter(([name]) => name !== 'x-request-id')
}
