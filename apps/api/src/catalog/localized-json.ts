/**
 * @module
 * `JSON.stringify(localize(value, lang))` for engine results, without re-walking the guide:
 * a result mostly points at objects of the guide (titles, remedies, losses), whose localized
 * JSON is made once per language and reused. Only the parts made per request are walked.
 */
import { localize } from '@deregister/core'
import type { Locale } from '@deregister/core'

export interface LocalizedJson {
  /** Same text as `JSON.stringify(localize(value, lang))`. */
  stringify(value: unknown, lang: Locale): string
}

function isLocalized(v: object): v is Record<Locale, string> {
  const keys = Object.keys(v)
  return keys.length === 2 && typeof (v as Record<string, unknown>)['zh-CN'] === 'string' && typeof (v as Record<string, unknown>).en === 'string'
}

function collect(value: unknown, into: WeakSet<object>): void {
  if (value === null || typeof value !== 'object' || into.has(value)) return
  into.add(value)
  for (const v of Array.isArray(value) ? value : Object.values(value)) collect(v, into)
}

/** A serializer that treats every object reachable from `roots` as unchanging. */
export function createLocalizedJson(roots: readonly unknown[]): LocalizedJson {
  const stable = new WeakSet<object>()
  for (const root of roots) collect(root, stable)
  const done: Record<Locale, WeakMap<object, string>> = { 'zh-CN': new WeakMap(), en: new WeakMap() }
  // Keys come from the engine's result types: a small, fixed set.
  const keys = new Map<string, string>()

  const walk = (v: unknown, lang: Locale): string | undefined => {
    if (v === null) return 'null'
    switch (typeof v) {
      case 'string':
        return JSON.stringify(v)
      case 'number':
        return Number.isFinite(v) ? String(v) : 'null'
      case 'boolean':
        return v ? 'true' : 'false'
      case 'object':
        break
      default:
        return undefined // undefined and functions, as JSON.stringify leaves them out
    }
    const obj = v as object
    if (stable.has(obj)) {
      let text = done[lang].get(obj)
      if (text === undefined) done[lang].set(obj, (text = JSON.stringify(localize(obj, lang))))
      return text
    }
    if (Array.isArray(obj)) return `[${obj.map((x) => walk(x, lang) ?? 'null').join(',')}]`
    if (isLocalized(obj)) return JSON.stringify(obj[lang])
    let out = '{'
    for (const key of Object.keys(obj)) {
      const text = walk((obj as Record<string, unknown>)[key], lang)
      if (text === undefined) continue
      let k = keys.get(key)
      if (k === undefined) {
        k = `${JSON.stringify(key)}:`
        if (keys.size < 1000) keys.set(key, k)
      }
      out += out.length === 1 ? k + text : `,${k}${text}`
    }
    return `${out}}`
  }
  return { stringify: (value, lang) => walk(value, lang) ?? 'null' }
}
