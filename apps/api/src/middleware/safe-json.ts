/** Limits on a parsed JSON body, beyond its size in bytes. */
export interface JsonLimits {
  /** Deepest nesting of arrays and objects (default 8). */
  maxDepth: number
  /** Longest string, key or value, in UTF-16 code units (default 2,000). */
  maxString: number
}

export const DEFAULT_JSON_LIMITS: JsonLimits = { maxDepth: 8, maxString: 2_000 }

export type JsonResult = { ok: true; value: unknown } | { ok: false; message: string; path: string }

// Keys that would reach an object's prototype when copied by careless code downstream.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

function check(value: unknown, depth: number, path: string, limits: JsonLimits): { message: string; path: string } | undefined {
  if (typeof value === 'string') {
    if (value.length > limits.maxString) return { path, message: `string longer than ${limits.maxString} characters` }
    if (value.includes('\u0000')) return { path, message: 'string contains a NUL character' }
    return undefined
  }
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : { path, message: 'number out of range' }
  if (value === null || typeof value !== 'object') return undefined
  if (depth >= limits.maxDepth) return { path, message: `nested deeper than ${limits.maxDepth} levels` }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = check(value[i], depth + 1, path ? `${path}.${i}` : String(i), limits)
      if (bad) return bad
    }
    return undefined
  }
  for (const key of Object.keys(value)) {
    const at = path ? `${path}.${key}` : key
    if (FORBIDDEN_KEYS.has(key)) return { path: at, message: `the key "${key}" is not allowed` }
    if (key.length > limits.maxString || key.includes('\u0000')) return { path: at.slice(0, 80), message: 'invalid key' }
    const bad = check((value as Record<string, unknown>)[key], depth + 1, at, limits)
    if (bad) return bad
  }
  return undefined
}

/**
 * `JSON.parse` for untrusted bodies: also rejects deep nesting, prototype keys, NUL
 * characters, over-long strings and numbers that overflow to Infinity (`1e400`).
 *
 * @example parseJsonSafely('{"__proto__":{}}') // { ok: false, path: '__proto__', … }
 */
export function parseJsonSafely(text: string, limits: JsonLimits = DEFAULT_JSON_LIMITS): JsonResult {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { ok: false, path: '', message: `invalid JSON: ${(error as Error).message.slice(0, 120)}` }
  }
  const bad = check(value, 0, '', limits)
  return bad ? { ok: false, ...bad } : { ok: true, value }
}
