import type { Locale, Localized } from './schema/localized'

/** `T` with every `{ zh-CN, en }` text replaced by the string of one language. */
export type LocalizedTo<T> = T extends Localized
  ? string
  : T extends readonly (infer U)[]
    ? LocalizedTo<U>[]
    : T extends object
      ? { [K in keyof T]: LocalizedTo<T[K]> }
      : T

function isLocalized(v: object): v is Localized {
  const keys = Object.keys(v)
  return keys.length === 2 && typeof (v as Localized)['zh-CN'] === 'string' && typeof (v as Localized).en === 'string'
}

/** Projects a whole structure to one language, for callers that asked for one. */
export function localize<T>(value: T, locale: Locale): LocalizedTo<T> {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk)
    if (v === null || typeof v !== 'object') return v
    if (isLocalized(v)) return v[locale]
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]))
  }
  return walk(value) as LocalizedTo<T>
}
