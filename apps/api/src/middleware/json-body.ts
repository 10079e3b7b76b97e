/**
 * @module
 * What every write must be before a handler runs: JSON (415), at most `maxBytes` whether the
 * size is declared or only known as a chunked stream arrives (413, Hono's bodyLimit), valid
 * UTF-8, and shallow, prototype-safe JSON (400). The checked text stays in Hono's body cache,
 * where the route's validator reads it.
 */
import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { AppEnv } from '../env'
import { problem } from '../problem'
import { parseJsonSafely } from './safe-json'

export const DEFAULT_MAX_BODY_BYTES = 16 * 1024

// The media types Hono's json validator accepts; anything else would silently become {}.
const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i

/** 415 unless the body is declared as JSON. */
const jsonOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  const type = (c.req.header('content-type') ?? '').split(';', 1)[0]!.trim()
  if (!JSON_TYPE.test(type)) return problem(c, { status: 415, title: 'Unsupported media type', detail: 'Send the body as application/json.' })
  await next()
}

/** 400 unless the body is whole, UTF-8 and safe JSON. */
const safeJson: MiddlewareHandler<AppEnv> = async (c, next) => {
  let bytes: ArrayBuffer
  try {
    bytes = await c.req.arrayBuffer()
  } catch {
    return problem(c, { status: 400, title: 'Incomplete body', detail: 'The body ended before its declared length.', headers: { Connection: 'close' } })
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return problem(c, { status: 400, title: 'Invalid body', detail: 'The body is not valid UTF-8.' })
  }
  const parsed = parseJsonSafely(text)
  if (!parsed.ok) {
    return problem(c, {
      status: 400,
      title: 'Invalid JSON body',
      detail: parsed.message,
      invalidParams: [{ in: 'body', path: parsed.path || '(body)', message: parsed.message }],
    })
  }
  await next()
}

/** The three checks, in order, for the write routes. */
export function jsonBody(maxBytes = DEFAULT_MAX_BODY_BYTES): MiddlewareHandler<AppEnv>[] {
  const tooLarge = bodyLimit({
    maxSize: maxBytes,
    onError: (c) =>
      problem(c, { status: 413, title: 'Content too large', detail: `Bodies are limited to ${maxBytes} bytes.`, headers: { Connection: 'close' } }),
  })
  // bodyLimit reads a chunked body itself: a client hanging up mid-body is a 400, not a 500.
  const whole: MiddlewareHandler<AppEnv> = async (c, next) => {
    try {
      return await tooLarge(c, next)
    } catch {
      return problem(c, { status: 400, title: 'Incomplete body', detail: 'The body ended before its end.', headers: { Connection: 'close' } })
    }
  }
  return [jsonOnly, whole, safeJson]
}
