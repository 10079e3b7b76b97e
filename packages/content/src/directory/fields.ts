import { DomainSchema } from '@deregister/core/schema'
import type { Note } from './report'

/** A language tag as JustDeleteMe writes them: de, pt-BR, zh-CN. */
const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/

export const isLanguage = (tag: string): boolean => LANGUAGE.test(tag)

/** An absolute http(s) URL, the only kind readers may be sent to. */
export function isWebUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false
  try {
    return Boolean(new URL(value).hostname)
  } catch {
    return false
  }
}

/**
 * Domains as host names: lowercased, without scheme, path or trailing dot. Repairs are
 * noted; what is still not a host name is dropped and noted; repeats are dropped.
 */
export function cleanDomains(raw: unknown, index: number, name: string, note: Note): string[] {
  if (!Array.isArray(raw)) {
    if (raw !== undefined) note(index, name, 'invalid-domain', `domains is not a list: ${JSON.stringify(raw)}`)
    return []
  }
  const out: string[] = []
  for (const value of raw) {
    if (typeof value !== 'string') {
      note(index, name, 'invalid-domain', `not a string: ${JSON.stringify(value)}`)
      continue
    }
    const host = value.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').split('/')[0]!.replace(/\.+$/, '')
    if (!DomainSchema.safeParse(host).success) note(index, name, 'invalid-domain', `"${value}" is not a host name`)
    else if (out.includes(host)) note(index, name, 'duplicate-domain', `"${value}" is listed twice`)
    else {
      if (host !== value) note(index, name, 'domain-normalized', `"${value}" → "${host}"`)
      out.push(host)
    }
  }
  return out
}

/** Other names a service goes by, from its listed name: "VK/ВКонтакте", "Foxford (Фоксфорд)". */
export function nameAliases(name: string): string[] {
  const parts = name.split(/\s*[/()（）]\s*/).map((s) => s.trim())
  return [...new Set(parts.filter((p) => p.length >= 2 && p !== name))]
}
