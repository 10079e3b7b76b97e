/**
 * @module
 * The headers every response carries — security, CORS, request id, Vary — and the fast path
 * for hot responses: a plain header object handed straight to the runtime, which on Node
 * skips building a `Headers` object (the cost that dominates a small, cached GET).
 */
import type { Context } from 'hono'

export const EXPOSED_HEADERS = ['ETag', 'Content-Language', 'Retry-After', 'X-Request-Id', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset']

/** On every response. Cross-Origin-Resource-Policy is cross-origin: embedding pages load what we serve. */
export const STATIC_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': EXPOSED_HEADERS.join(', '),
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'cross-origin',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=15552000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
}

/** What {@link fastResponse} built a response from, readable without touching the response. */
export interface PreparedResponse {
  body: string | Uint8Array | null
  /** Every header, lowercase names, the request id included. */
  headers: Readonly<Record<string, string>>
}

/**
 * Responses built complete by {@link fastResponse}: the front middleware leaves them alone,
 * and a cache in front of the app reads their parts here instead of re-reading the response.
 */
export const prepared = new WeakMap<Response, PreparedResponse>()

/** `headers` with the static set, made once and reused by {@link fastResponse}. */
export function withStaticHeaders(headers: Record<string, string>): Readonly<Record<string, string>> {
  return { ...STATIC_HEADERS, ...headers }
}

/**
 * A response with every header set here, as a plain object: `headers` (made with
 * {@link withStaticHeaders}) and the request id. Copying one ready object per request is the
 * cheapest way to give the runtime a fresh header object.
 */
export function fastResponse(c: Context, status: number, body: string | Uint8Array | null, headers: Readonly<Record<string, string>>): Response {
  const all: Record<string, string> = { ...headers }
  all['x-request-id'] = c.get('requestId') as string
  const res = new Response(body as ConstructorParameters<typeof Response>[0], { status, headers: all })
  prepared.set(res, { body, headers: all })
  return res
}

/** Adds the static headers and the request id to a response built elsewhere (problems, HTML). */
export function finishHeaders(res: Response, requestId: string, vary: string): void {
  const h = res.headers
  for (const [k, v] of Object.entries(STATIC_HEADERS)) if (!h.has(k)) h.set(k, v)
  h.set('x-request-id', requestId)
  const current = h.get('vary')
  h.set('vary', current ? `${current}, ${vary}` : vary)
}
