import type { Locale } from '@deregister/core'

/**
 * The API answers each request in one language, while core's views read every text in all of
 * them (`{ 'zh-CN': …, en: … }`). Walking the answers in each language side by side rebuilds
 * that shape: a string that differs between them is a text; one that is the same in every
 * language (an id, a date, a URL, a number's unit) stays as it is.
 */
export function mergeLocales(byLocale: Readonly<Record<Locale, unknown>>): unknown {
  const locales = Object.keys(byLocale) as Locale[]
  const walk = (values: unknown[], path: string): unknown => {
    const [first] = values
    if (values.every((v) => typeof v === 'string')) {
      return values.every((v) => v === first) ? first : Object.fromEntries(locales.map((l, i) => [l, values[i]]))
    }
    if (values.every(Array.isArray)) {
      const lists = values as unknown[][]
      if (lists.some((l) => l.length !== lists[0]!.length)) throw new Error(`the languages disagree on ${path}`)
      return lists[0]!.map((_, i) => walk(lists.map((l) => l[i]), `${path}[${i}]`))
    }
    if (values.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v))) {
      const objects = values as Record<string, unknown>[]
      return Object.fromEntries(Object.keys(objects[0]!).map((k) => [k, walk(objects.map((o) => o[k]), `${path}.${k}`)]))
    }
    if (values.some((v) => v !== first)) throw new Error(`the languages disagree on ${path}`)
    return first
  }
  return walk(locales.map((l) => byLocale[l]), '')
}
