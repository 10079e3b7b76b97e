import type { Locale } from '@deregister/core'
import { localeOfTag, negotiateLocale } from '@deregister/core/present'

/**
 * The reader's language, by core's one rule (zh-* → zh-CN, any other language → en): the host's
 * `lang` attribute first, then the nearest `lang` around the element, then the browser's
 * preference list, read as an Accept-Language header would be.
 */
export function readerLocale(attr: string | undefined, host: Element | null, languages: readonly string[]): Locale {
  return localeOfTag(attr) ?? localeOfTag(host?.parentElement?.closest('[lang]')?.getAttribute('lang')) ?? negotiateLocale(languages.join(','))
}
