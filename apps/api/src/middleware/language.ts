import type { MiddlewareHandler } from 'hono'
import { negotiateLocale } from '@deregister/core/present'
import { LOCALES } from '@deregister/core/schema'
import type { Locale } from '@deregister/core/schema'
import type { AppEnv } from '../env'
import { problem } from '../problem'

const isLocale = (v: string): v is Locale => (LOCALES as readonly string[]).includes(v)

/**
 * Sets `lang` from `?lang=` or else `Accept-Language`, by core's one rule for every frontend.
 * Written by hand because Hono's languageDetector matches tags against a list and cannot
 * delegate to that rule (the preferred tag decides; zh-* is zh-CN, any other language en).
 */
export function language(): MiddlewareHandler<AppEnv> {
  return async function languageMiddleware(c, next) {
    // `all` (every language at once) is a choice of the entry route, whose own schema accepts
    // it; everywhere else the route's schema refuses it with the field's path. Texts the app
    // words itself (errors) then follow Accept-Language.
    const asked = c.req.query('lang')
    if (asked === 'all') {
      c.set('lang', negotiateLocale(c.req.header('accept-language')))
      return next()
    }
    if (asked !== undefined && !isLocale(asked)) {
      return problem(c, {
        status: 400,
        title: 'Unsupported language',
        invalidParams: [
          { in: 'query', path: 'lang', message: `expected one of ${LOCALES.join(', ')}` },
        ],
      })
    }
    c.set('lang', asked ?? negotiateLocale(c.req.header('accept-language')))
    await next()
  }
}
