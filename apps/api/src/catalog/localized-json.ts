/**
 * @module
 * `JSON.stringify(localize(value, lang))` as UTF-8 bytes for engine results, without
 * re-walking the guide: a result mostly points at objects of the guide (titles, remedies,
 * losses), whose localized JSON is encoded once per language and copied in as bytes. Only
 * the parts made per request are walked and encoded.
 */
import { localize } from '@deregister/core'
import type { Locale } from '@deregister/core'

export interface LocalizedJson {
  /** The UTF-8 bytes of `JSON.stringify(localize(value, lang))`. */
  encode(value: unknown, lang: Locale): Uint8Array
}

const encoder = new TextEncoder()

function isLocalized(v: object): v is Record<Locale, string> {
  const keys = Object.keys(v)
  return keys.length === 2 && typeof (v as Record<string, unknown>)['zh-CN'] === 'string' && typeof (v as Record<string, unknown>).en === 'string'
}

function collect(value: unknown, into: WeakSet<object>): void {
  if (value === null || typeof value !== 'object' || into.has(value)) return
  into.add(value)
  for (const v of Array.isArray(value) ? value : Object.values(value)) collect(v, into)
}

/** A growing UTF-8 buffer: short text is written byte by byte, ready fragments copied in. */
class Bytes {
  buf: Uint8Array
  pos = 0
  constructor(size: number) {
    this.buf = new Uint8Array(size)
  }
  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return
    const grown = new Uint8Array(Math.max(this.buf.length * 2, this.pos + n))
    grown.set(this.buf.subarray(0, this.pos))
    this.buf = grown
  }
  bytes(b: Uint8Array): void {
    this.room(b.byteLength)
    this.buf.set(b, this.pos)
    this.pos += b.byteLength
  }
  text(s: string): void {
    this.room(s.length * 3)
    for (let i = 0; i < s.length; i++) {
      const code = s.charCodeAt(i)
      if (code >= 0x80) {
        // Non-ASCII (Chinese titles made per request): let the encoder handle the rest.
        this.pos += encoder.encodeInto(s.slice(i), this.buf.subarray(this.pos)).written
        return
      }
      this.buf[this.pos++] = code
    }
  }
  result(): Uint8Array {
    return this.buf.subarray(0, this.pos)
  }
}

/** A serializer that treats every object reachable from `roots` as unchanging. */
export function createLocalizedJson(roots: readonly unknown[]): LocalizedJson {
  const stable = new WeakSet<object>()
  for (const root of roots) collect(root, stable)
  const done: Record<Locale, WeakMap<object, Uint8Array>> = { 'zh-CN': new WeakMap(), en: new WeakMap() }
  // Keys come from the engine's result types: a small, fixed set.
  const keys = new Map<string, string>()
  // Results of one guide are of similar size: start where the last one ended.
  let sizeHint = 4096

  /** Writes `v`; false when JSON.stringify would leave it out (undefined, functions). */
  const walk = (v: unknown, lang: Locale, out: Bytes): boolean => {
    if (v === null) return (out.text('null'), true)
    switch (typeof v) {
      case 'string':
        return (out.text(JSON.stringify(v)), true)
      case 'number':
        return (out.text(Number.isFinite(v) ? String(v) : 'null'), true)
      case 'boolean':
        return (out.text(v ? 'true' : 'false'), true)
      case 'object':
        break
      default:
        return false
    }
    const obj = v as object
    if (stable.has(obj)) {
      let bytes = done[lang].get(obj)
      if (!bytes) done[lang].set(obj, (bytes = encoder.encode(JSON.stringify(localize(obj, lang)))))
      out.bytes(bytes)
      return true
    }
    if (Array.isArray(obj)) {
      out.text('[')
      obj.forEach((x, i) => {
        if (i) out.text(',')
        if (!walk(x, lang, out)) out.text('null')
      })
      out.text(']')
      return true
    }
    if (isLocalized(obj)) return (out.text(JSON.stringify(obj[lang])), true)
    out.text('{')
    let first = true
    for (const key of Object.keys(obj)) {
      const value = (obj as Record<string, unknown>)[key]
      if (value === undefined || typeof value === 'function') continue
      let k = keys.get(key)
      if (k === undefined) {
        k = `${JSON.stringify(key)}:`
        if (keys.size < 1000) keys.set(key, k)
      }
      if (!first) out.text(',')
      out.text(k)
      first = false
      walk(value, lang, out)
    }
    out.text('}')
    return true
  }
  return {
    encode(value, lang) {
      const out = new Bytes(sizeHint)
      if (!walk(value, lang, out)) out.text('null')
      sizeHint = Math.max(1024, out.pos + 256)
      return out.result()
    },
  }
}
