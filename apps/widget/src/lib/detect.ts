import type { Client, Locale } from '@deregister/core'

/** zh-CN for any Chinese tag, English otherwise; undefined when no tag is given. */
export function localeOf(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined
  return /^zh\b/i.test(tag) ? 'zh-CN' : 'en'
}

/** The language the host asked for, else the nearest `lang` around the element, else the browser's. */
export function pickLocale(attr: string | undefined, host: Element | null, fallback: string): Locale {
  return localeOf(attr) ?? localeOf(host?.parentElement?.closest('[lang]')?.getAttribute('lang')) ?? localeOf(fallback) ?? 'zh-CN'
}

/** Clients in the order a user agent suggests them: phones first, then web before desktop apps. */
export function preferredClients(userAgent: string, touchPoints = 0): Client[] {
  if (/iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && touchPoints > 1)) return ['ios']
  if (/Android/.test(userAgent)) return ['android']
  return ['web', 'desktop']
}

/** The client to show: the host's choice if the platform has it, else the best guess, else the first. */
export function pickClient(available: readonly Client[], requested: string | undefined, preferred: readonly Client[]): Client | undefined {
  const has = (c: string | undefined): c is Client => available.includes(c as Client)
  if (has(requested)) return requested
  return preferred.find(has) ?? available[0]
}
