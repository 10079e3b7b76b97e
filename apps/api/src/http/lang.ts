import type { MiddlewareHandler } from 'hono'
import { LOCALES } from '@deregister/core/schema'
import type { Locale } from '@deregister/core/schema'
import type { AppEnv } from '../env'
import { problem } from '../problem'
import { requestHeader } from './request-header'

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
 * Picks the language from `?lang=` or else `Accept-Language`. Every response varies by
 * `Accept-Language` (set by the front middleware) so shared caches keep languages apart.
 */
export function language(): MiddlewareHandler<AppEnv> {
  const memo = new Map<string, Locale>()
  return async function languageMiddleware(c, next) {
    const asked = c.req.query('lang')
    if (asked !== undefined && !isLocale(asked)) {
      return problem(c, {
        status: 400,
        title: 'Unsupported language',
        invalidParams: [{ in: 'query', path: 'lang', message: `expected one of ${LOCALES.join(', ')}` }],
      })
    }
    const header = requestHeader(c, 'accept-language') ?? ''
    let lang = asked ?? memo.get(header)
    if (!lang) {
      lang = negotiateLocale(header)
      if (memo.size < 1000) memo.set(header, lang)
    }
    c.set('lang', lang)
    await next()
  }
}
