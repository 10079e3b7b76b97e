import type { MiddlewareHandler } from 'hono'
import { problem } from '../problem'
import { readBody } from './read-body'
import { requestHeader } from './request-header'
import { parseJsonSafely } from './safe-json'
import type { JsonLimits } from './safe-json'
import { DEFAULT_JSON_LIMITS } from './safe-json'

export const DEFAULT_MAX_BODY_BYTES = 16 * 1024

// The media types Hono's json validator accepts; anything else would silently become {}.
const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH'])

export interface WriteGuardOptions {
  maxBytes?: number
  limits?: JsonLimits
}

/**
 * Every write (POST, PUT, PATCH) must be JSON (415), at most `maxBytes` whether the size is
 * declared in Content-Length or only known while a chunked stream arrives (413), and valid,
 * shallow, prototype-safe JSON (400). Handlers run only after all three; the parsed body is
 * handed to Hono's validators through the request's body cache, so it is read once.
 */
export function writeGuard(options: WriteGuardOptions = {}): MiddlewareHandler {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BODY_BYTES
  const limits = options.limits ?? DEFAULT_JSON_LIMITS
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
  const tooLarge = { status: 413, title: 'Content too large', detail: `Bodies are limited to ${maxBytes} bytes.` } as const
  return async function writeGuardMiddleware(c, next) {
    if (!WRITE_METHODS.has(c.req.method)) return next()
    const type = (requestHeader(c, 'content-type') ?? '').split(';', 1)[0]!.trim()
    if (!JSON_TYPE.test(type)) {
      return problem(c, { status: 415, title: 'Unsupported media type', detail: 'Send the body as application/json.' })
    }
    const declared = requestHeader(c, 'content-length')
    if (declared !== undefined && !/^\d{1,15}$/.test(declared.trim())) {
      return problem(c, { status: 400, title: 'Invalid Content-Length', headers: { Connection: 'close' } })
    }
    if (declared !== undefined && Number(declared) > maxBytes) {
      return problem(c, { ...tooLarge, headers: { Connection: 'close' } })
    }
    const raw = await readBody(c, maxBytes)
    if (raw === 'too-large') return problem(c, { ...tooLarge, headers: { Connection: 'close' } })
    if (raw === 'incomplete') {
      return problem(c, { status: 400, title: 'Incomplete body', detail: 'The body ended before its declared length.', headers: { Connection: 'close' } })
    }
    let text: string
    try {
      text = decoder.decode(raw)
    } catch {
      return problem(c, { status: 400, title: 'Invalid body', detail: 'The body is not valid UTF-8.' })
    }
    const parsed = parseJsonSafely(text, limits)
    if (!parsed.ok) {
      return problem(c, {
        status: 400,
        title: 'Invalid JSON body',
        detail: parsed.message,
        invalidParams: [{ in: 'body', path: parsed.path || '(body)', message: parsed.message }],
      })
    }
    // Hono's json() reads the cached text (a promise at run time, typed as the value); with only
    // `json` cached it would re-serialise the value and read it back through a new Response.
    ;(c.req.bodyCache as { text?: Promise<string> }).text = Promise.resolve(text)
    await next()
  }
}
