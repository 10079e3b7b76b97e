import type { Locale } from '../schema/localized'

/** The project's default language: readers without a stated preference get Chinese. */
export const DEFAULT_LOCALE: Locale = 'zh-CN'

/** One language tag → a shipped language: any Chinese tag is zh-CN, any other language en. */
export function localeOfTag(tag: string | null | undefined): Locale | undefined {
  const t = tag?.trim().toLowerCase()
  if (!t || t === '*') return undefined
  return t === 'zh' || t.startsWith('zh-') ? 'zh-CN' : 'en'
}

/**
 * The language for an `Accept-Language` header or `navigator.languages`-style list, by one rule
 * for every frontend: the reader's most preferred tag (highest q, then first) decides; zh-* →
 * zh-CN, any other language → en; nothing stated (absent, empty, only `*`) → zh-CN.
 *
 * @example
 * negotiateLocale('de-DE,de;q=0.9') // 'en'
 * negotiateLocale('en;q=0.5, zh-TW') // 'zh-CN'
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE
  let best: Locale | undefined
  let bestQ = 0
  // Bounded: a header of thousands of tags costs no more than 32.
  for (const part of acceptLanguage.split(',', 32)) {
    const [tag, ...params] = part.split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const weight = q === undefined ? 1 : Number(q.slice(2))
    if (!(weight > bestQ)) continue
    const locale = localeOfTag(tag)
    if (locale) [best, bestQ] = [locale, weight]
  }
  return best ?? DEFAULT_LOCALE
}
