import { describe, expect, it } from 'vitest'
import { createRateLimiter } from './rate-limit'

describe('createRateLimiter', () => {
  it('allows the limit per window and key, then tells when to retry', () => {
    let t = 0
    const limiter = createRateLimiter({ limit: 2, windowMs: 10_000, now: () => t })
    expect(limiter.take('a').allowed).toBe(true)
    expect(limiter.take('a').allowed).toBe(true)
    t = 4_000
    expect(limiter.take('a')).toMatchObject({ allowed: false, remaining: 0, resetSeconds: 6 })
    expect(limiter.take('b').allowed).toBe(true)
    t = 10_000
    expect(limiter.take('a').allowed).toBe(true)
  })

  it('keeps at most maxKeys windows, dropping the oldest', () => {
    const limiter = createRateLimiter({ limit: 1, maxKeys: 2, now: () => 0 })
    limiter.take('a')
    limiter.take('b')
    limiter.take('c') // drops a
    expect(limiter.take('a').allowed).toBe(true)
    expect(limiter.take('c').allowed).toBe(false)
  })
})
