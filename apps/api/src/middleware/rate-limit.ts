/**
 * @module
 * Rate limits by client address, through hono-rate-limiter: its in-memory store (per process
 * on Node, per isolate on workerd), or on workerd a Cloudflare rate-limiting binding when one
 * is configured (wrangler.toml `[[ratelimits]]`), which counts across the edge.
 */
import type { Context, MiddlewareHandler } from 'hono'
import { rateLimiter } from 'hono-rate-limiter'
import type { AppEnv } from '../env'
import { problem } from '../problem'

export interface RateLimitOptions {
  /** Requests allowed per window and address. */
  limit: number
  /** Window length in milliseconds. */
  windowMs: number
}

/** Cloudflare's rate-limiting binding (`env.NAME.limit({ key })`). */
export interface RateLimitBinding {
  limit(options: { key: string }): Promise<{ success: boolean }>
}

/** Finds the address a request came from; undefined when the runtime cannot tell. */
export type ClientAddress = (c: Context) => string | undefined

export interface LimitSpec extends RateLimitOptions {
  /** What is limited, for the 429's detail: "writes", "eligibility checks", … */
  what: string
  addressOf: ClientAddress
  /** On workerd: count with this binding instead of in memory. */
  binding?: RateLimitBinding
  /** Count only refused credentials (401): wrong maintainer tokens. */
  failuresOnly?: boolean
}

/**
 * A limiter answering 429 problem documents with `Retry-After`; in memory, `RateLimit-*`
 * headers (draft 6) on every answer it lets through.
 */
export function limit(spec: LimitSpec): MiddlewareHandler<AppEnv> {
  const keyGenerator = (c: Context): string => spec.addressOf(c) ?? 'unknown'
  const handler = (c: Context): Response =>
    problem(c, {
      status: 429,
      title: 'Too many requests',
      detail: `At most ${spec.limit} ${spec.what} per ${spec.windowMs / 1000} s from one address; retry later (see Retry-After).`,
      headers: spec.binding ? { 'Retry-After': String(Math.ceil(spec.windowMs / 1000)) } : {},
    })
  if (spec.binding) return rateLimiter<AppEnv>({ binding: spec.binding, keyGenerator, handler })
  return rateLimiter<AppEnv>({
    windowMs: spec.windowMs,
    limit: spec.limit,
    standardHeaders: 'draft-6',
    keyGenerator,
    handler,
    ...(spec.failuresOnly ? { skipSuccessfulRequests: true, requestWasSuccessful: (c: Context) => c.res.status !== 401 } : {}),
  })
}

/** "120/60" → 120 requests per 60 seconds per address; undefined keeps `fallback`. */
export function parseRateLimit(name: string, value: string | undefined, fallback: RateLimitOptions): RateLimitOptions {
  if (!value) return fallback
  const m = /^(\d+)\/(\d+)$/.exec(value.trim())
  if (!m) throw new Error(`${name} must look like "60/60" (requests/seconds), got "${value}"`)
  return { limit: Number(m[1]), windowMs: Number(m[2]) * 1000 }
}
