import type { Context, TypedResponse } from 'hono'
import { noneMatch } from './conditional'
import type { ContentCoding } from './encoding'
import { negotiateEncoding } from './encoding'
import { fastResponse, withStaticHeaders } from './headers'
import { requestHeader } from './request-header'

/** Content changes only when the catalog is redeployed: browsers keep it briefly, CDNs longer. */
export const CDN_CACHE_CONTROL = 'public, max-age=300, s-maxage=86400, stale-while-revalidate=86400'

/** Compresses a body once, when a representation is first asked for in that coding. */
export type Compress = (body: Uint8Array, coding: Exclude<ContentCoding, 'identity'>) => Uint8Array

/** A JSON body ready to send, with its strong ETag, in every coding it has been asked for. */
export interface CachedJson {
  etag: string
  /** Content-Language, when the body is in one language. */
  language?: string
  /** Vary: Accept-Language, plus Accept-Encoding when bodies are compressed. */
  vary: string
  variants: Partial<Record<ContentCoding, Variant>>
  identity: Uint8Array
  compress?: Compress
}

interface Variant {
  body: Uint8Array
  headers: Readonly<Record<string, string>>
  notModified: Readonly<Record<string, string>>
}

const encoder = new TextEncoder()

export function cachedJson(body: string, etag: string, vary: string, language?: string, compress?: Compress): CachedJson {
  return { etag, vary, identity: encoder.encode(body), variants: {}, ...(language ? { language } : {}), ...(compress ? { compress } : {}) }
}

type HeaderSets = Pick<Variant, 'headers' | 'notModified'>

// Lists are made per request but share their ETag per language: their headers are made once.
const headerSets = new Map<string, HeaderSets>()

function headersFor(rep: CachedJson, coding: ContentCoding): HeaderSets {
  const key = `${rep.etag}\0${coding}\0${rep.vary}\0${rep.language ?? ''}`
  let sets = headerSets.get(key)
  if (!sets) {
    // Strong ETags differ by content coding; If-None-Match below accepts any of them.
    const validators = {
      etag: coding === 'identity' ? rep.etag : `${rep.etag.slice(0, -1)}-${coding}"`,
      'cache-control': CDN_CACHE_CONTROL,
      vary: rep.vary,
      ...(rep.language ? { 'content-language': rep.language } : {}),
    }
    sets = {
      headers: withStaticHeaders({
        'content-type': 'application/json; charset=utf-8',
        ...validators,
        ...(coding === 'identity' ? {} : { 'content-encoding': coding }),
      }),
      notModified: withStaticHeaders(validators),
    }
    if (headerSets.size < 10_000) headerSets.set(key, sets)
  }
  return sets
}

function variant(rep: CachedJson, coding: ContentCoding): Variant {
  let v = rep.variants[coding]
  if (!v) {
    const body = coding === 'identity' || !rep.compress ? rep.identity : rep.compress(rep.identity, coding)
    v = { body, ...headersFor(rep, coding) }
    rep.variants[coding] = v
  }
  return v
}

/**
 * Sends pre-rendered JSON (compressed when the client accepts it and a compressor is set) with
 * its strong ETag, or 304 when `If-None-Match` holds it. Typed as the JSON of `T` so
 * `hono/client` callers get the real shape.
 */
export function sendCachedJson<T>(c: Context, rep: CachedJson): Response & TypedResponse<T, 200, 'json'> {
  const coding = rep.compress ? negotiateEncoding(requestHeader(c, 'accept-encoding')) : 'identity'
  const v = variant(rep, coding)
  const res = noneMatch(requestHeader(c, 'if-none-match'), rep.etag)
    ? fastResponse(c, 304, null, v.notModified)
    : fastResponse(c, 200, v.body, v.headers)
  return res as Response & TypedResponse<T, 200, 'json'>
}
