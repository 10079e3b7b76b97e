import type { Context } from 'hono'

interface NodeBindings {
  incoming?: { headers?: Record<string, string | string[] | undefined> }
}

/**
 * A request header by lowercase name. On Node it is read from the already parsed
 * `IncomingMessage.headers` the adapter passes along, which spares building a WHATWG
 * `Headers` copy of every header per request; elsewhere from the Fetch `Request`.
 */
export function requestHeader(c: Context, name: string): string | undefined {
  const node = (c.env as NodeBindings | undefined)?.incoming?.headers
  if (node) {
    const v = node[name]
    return Array.isArray(v) ? v.join(', ') : v
  }
  return c.req.header(name)
}
