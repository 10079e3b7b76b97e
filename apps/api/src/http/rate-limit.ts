/**
 * @module
 * A fixed-window rate limiter keyed by client address, in memory (per process on Node,
 * per isolate on workerd). One limiter per app; every write route shares it.
 */
import type { Context, MiddlewareHandler } from 'hono'
import { problem } from '../problem'

export interface RateLimitOptions {
  /** Requests allowed per window and key (default 60). */
  limit?: number
  /** Window length in milliseconds (default 60,000). */
  windowMs?: number
  /** Most keys tracked at once; beyond it the oldest windows are dropped (default 100,000). */
  maxKeys?: number
  /** Clock in milliseconds, for tests. */
  now?: () => number
}

export interface RateDecision {
  allowed: boolean
  limit: number
  remaining: number
  /** Seconds until the window resets. */
  resetSeconds: number
}

export interface RateLimiter {
  take(key: string): RateDecision
}

/**
 * @example
 * const limiter = createRateLimiter({ limit: 30, windowMs: 60_000 })
 * limiter.take('203.0.113.7').allowed
 */
export function createRateLimiter(options: RateLimitOptions = {}): RateLimiter {
  const limit = options.limit ?? 60
  const windowMs = options.windowMs ?? 60_000
  const maxKeys = options.maxKeys ?? 100_000
  const now = options.now ?? Date.now
  // Map keeps insertion order: the first keys are the oldest windows.
  const windows = new Map<string, { start: number; count: number }>()
  return {
    take(key) {
      const t = now()
      let w = windows.get(key)
      if (!w || t - w.start >= windowMs) {
        if (w) windows.delete(key)
        else if (windows.size >= maxKeys) windows.delete(windows.keys().next().value as string)
        w = { start: t, count: 0 }
        windows.set(key, w)
      }
      w.count++
      const resetSeconds = Math.max(1, Math.ceil((w.start + windowMs - t) / 1000))
      return { allowed: w.count <= limit, limit, remaining: Math.max(0, limit - w.count), resetSeconds }
    },
  }
}

/** Finds the address a request came from; undefined when the runtime cannot tell. */
export type ClientAddress = (c: Context) => string | undefined

/**
 * Middleware that answers 429 with `Retry-After` once a client has used its window, and
 * sets `RateLimit-Limit` / `RateLimit-Remaining` / `RateLimit-Reset` on every response.
 */
export function rateLimit(limiter: RateLimiter, addressOf: ClientAddress): MiddlewareHandler {
  return async function rateLimitMiddleware(c, next) {
    const d = limiter.take(addressOf(c) ?? 'unknown')
    const headers = {
      'RateLimit-Limit': String(d.limit),
      'RateLimit-Remaining': String(d.remaining),
      'RateLimit-Reset': String(d.resetSeconds),
    }
    if (!d.allowed) {
      return problem(c, {
        status: 429,
        title: 'Too many requests',
        detail: `At most ${d.limit} writes per window; retry after ${d.resetSeconds} s.`,
        headers: { ...headers, 'Retry-After': String(d.resetSeconds) },
      })
    }
    for (const [k, v] of Object.entries(headers)) c.header(k, v)
    await next()
  }
}
