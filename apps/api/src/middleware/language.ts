import type { MiddlewareHandler } from 'hono'
import { LOCALES } from '@deregister/core/schema'
import type { Locale } from '@deregister/core/schema'
import type { AppEnv } from '../env'
import { problem } from '../problem'

export const DEFAULT_LOCALE: Locale = 'zh-CN'

/** The shipped language an `Accept-Language` tag asks for: any zh → zh-CN, any en → en. */
function localeOfTag(tag: string): Locale | undefined {
  const t = tag.toLowerCase()
  if (t === 'zh' || t.startsWith('zh-')) return 'zh-CN'
  if (t === 'en' || t.startsWith('en-')) return 'en'
  return undefined
}

/** The best shipped language for an `Accept-Language` header (by q-value, then order). */
export function negotiateLocale(header: string | undefined): Locale {
  if (!header) return DEFAULT_LOCALE
  let best: Locale | undefined
  let bestQ = 0
  for (const part of header.split(',', 32)) {
    const [tag = '', ...params] = part.trim().split(';')
    const qParam = params.find((p) => p.trim().startsWith('q='))
    const q = qParam ? Number(qParam.trim().slice(2)) : 1
    if (!(q > bestQ)) continue
    const locale = tag.trim() === '*' ? DEFAULT_LOCALE : localeOfTag(tag.trim())
    if (locale) [best, bestQ] = [locale, q]
  }
  return best ?? DEFAULT_LOCALE
}

const isLocale = (v: string): v is Locale => (LOCALES as readonly string[]).includes(v)

/**
 * Sets `lang` from `?lang=` or else `Accept-Language`. Written by hand because Hono's
 * languageDetector matches tags against a list and cannot apply the project's rule (the
 * preferred tag decides; any zh-* is zh-CN).
 */
export function language(): MiddlewareHandler<AppEnv> {
  return async function languageMiddleware(c, next) {
    const asked = c.req.query('lang')
    if (asked !== undefined && !isLocale(asked)) {
      return problem(c, {
        status: 400,
        title: 'Unsupported language',
        invalidParams: [{ in: 'query', path: 'lang', message: `expected one of ${LOCALES.join(', ')}` }],
      })
    }
    c.set('lang', asked ?? negotiateLocale(c.req.header('accept-language')))
    await next()
  }
}
