import type { Context, TypedResponse } from 'hono'
import { noneMatch } from './conditional'

/** Content changes only when the catalog is redeployed: browsers keep it briefly, CDNs longer. */
export const CDN_CACHE_CONTROL = 'public, max-age=300, s-maxage=86400, stale-while-revalidate=86400'

export interface CachedJson {
  body: string
  etag: string
  /** Content-Language, when the body is in one language. */
  language?: string
}

/**
 * Sends pre-rendered JSON with its strong ETag, or 304 when `If-None-Match` already has it.
 * Typed as the JSON of `T` so `hono/client` callers get the real shape.
 */
export function sendCachedJson<T>(c: Context, rep: CachedJson): Response & TypedResponse<T, 200, 'json'> {
  c.header('ETag', rep.etag)
  c.header('Cache-Control', CDN_CACHE_CONTROL)
  if (rep.language) c.header('Content-Language', rep.language)
  if (noneMatch(c.req.header('If-None-Match'), rep.etag)) {
    return c.body(null, 304) as unknown as Response & TypedResponse<T, 200, 'json'>
  }
  c.header('Content-Type', 'application/json; charset=utf-8')
  return c.body(rep.body, 200) as unknown as Response & TypedResponse<T, 200, 'json'>
}
