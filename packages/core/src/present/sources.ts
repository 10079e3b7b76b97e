/**
 * @module
 * What a reader sees of a guide's sources and of its official deletion entry, in one locale.
 * Pure functions over the guide's data: no zod, no DOM or Node globals.
 */
import type { Client, Locale, Localized } from '../schema/localized'
import type { Source, SourceKind } from '../schema/source'

/** What these functions read of a source; its note may be in one language or both. */
export type SourceFacts = Pick<Source, 'id' | 'title' | 'publisher' | 'url' | 'kind'> & { date?: Source['date'] }

/** A text in both languages, or already projected to the reader's (a `localize`d guide). */
type Text = Localized | string

/** The parts of a guide these functions read: a content guide, a compiled one, or either localized. */
export interface SourcedGuide {
  sources: readonly SourceFacts[]
  glossary?: { sources: readonly SourceFacts[] }
}

export interface GuideWithEntry extends SourcedGuide {
  clients: readonly { client: Client; menuPath: readonly Text[]; url?: string | undefined }[]
  links?: readonly { label: Text; url: string }[]
  directory?: readonly { url: string; source: string }[]
}

const text = (t: Text, locale: Locale): string => (typeof t === 'string' ? t : t[locale])

/** One source as shown: every field already in the reader's language. */
export interface PresentedSource {
  id: string
  title: string
  url?: string
  kind: SourceKind
  kindLabel: string
  /** The publisher, or the localized "publisher not stated". */
  publisher: string
  publisherStated: boolean
  /** ISO date for `<time datetime>`; absent when the source is undated. */
  date?: string
  /** The date, or the localized "undated". */
  dateText: string
}

/** One way in to the deletion: a menu path on a client, a link, or both. */
export interface OfficialEntry {
  label: string
  url?: string
  menuPath: string[]
}

const KIND_LABELS: Record<SourceKind, Localized> = {
  official: { 'zh-CN': '官方', en: 'Official' },
  press: { 'zh-CN': '新闻报道', en: 'Press' },
  secondary: { 'zh-CN': '二手资料', en: 'Secondary' },
  directory: { 'zh-CN': '链接目录', en: 'Directory' },
  law: { 'zh-CN': '法律', en: 'Law' },
  standard: { 'zh-CN': '标准', en: 'Standard' },
}
const NO_PUBLISHER: Localized = { 'zh-CN': '未注明发布者', en: 'Publisher not stated' }
const UNDATED: Localized = { 'zh-CN': '未注明日期', en: 'Undated' }
const CLIENT_LABELS: Record<Client, Localized> = {
  ios: { 'zh-CN': 'iOS', en: 'iOS' },
  android: { 'zh-CN': 'Android', en: 'Android' },
  web: { 'zh-CN': '网页版', en: 'Web' },
  desktop: { 'zh-CN': '电脑版', en: 'Desktop' },
}
// Full-width parentheses as escapes, so no formatter folds them back to ASCII.
const listedBy = (title: string): Localized => ({ 'zh-CN': `注销页面\uff08${title} 收录\uff09`, en: `Deletion page (listed by ${title})` })

/** The kind of a source in the reader's language, e.g. "Press". */
export function kindLabel(kind: SourceKind, locale: Locale): string {
  return KIND_LABELS[kind][locale]
}

/** One source as the reader sees it. */
export function presentSource(source: SourceFacts, locale: Locale): PresentedSource {
  const dated = source.date !== undefined && source.date !== 'undated'
  return {
    id: source.id,
    title: source.title,
    ...(source.url ? { url: source.url } : {}),
    kind: source.kind,
    kindLabel: kindLabel(source.kind, locale),
    publisher: source.publisher ?? NO_PUBLISHER[locale],
    publisherStated: source.publisher !== undefined,
    ...(dated ? { date: source.date } : {}),
    dateText: dated ? source.date! : UNDATED[locale],
  }
}

/**
 * A guide's own sources, then the shared ones its glossary brings in (laws, standards), each
 * once, in the reader's language.
 *
 * @example presentSources(guide, 'en')[0] // { title, url, kindLabel: 'Secondary', dateText: '2025-06-01', … }
 */
export function presentSources(guide: SourcedGuide, locale: Locale): PresentedSource[] {
  const seen = new Set<string>()
  return [...guide.sources, ...(guide.glossary?.sources ?? [])]
    .filter((s) => !seen.has(s.id) && Boolean(seen.add(s.id)))
    .map((s) => presentSource(s, locale))
}

/**
 * Where the reader starts the deletion: each client's menu path (with its URL where the flow
 * is on the web), then the official links the guide and public directories give, each once.
 */
export function officialEntry(guide: GuideWithEntry, locale: Locale): OfficialEntry[] {
  const urls = new Set<string>()
  const entries: OfficialEntry[] = guide.clients.map((c) => {
    if (c.url) urls.add(c.url)
    return { label: CLIENT_LABELS[c.client][locale], ...(c.url ? { url: c.url } : {}), menuPath: c.menuPath.map((l) => text(l, locale)) }
  })
  const titleOf = (id: string): string => guide.sources.find((s) => s.id === id)?.title ?? id
  const links = [
    ...(guide.links ?? []).map((l) => ({ label: text(l.label, locale), url: l.url })),
    ...(guide.directory ?? []).map((d) => ({ label: listedBy(titleOf(d.source))[locale], url: d.url })),
  ]
  for (const link of links) {
    if (urls.has(link.url)) continue
    urls.add(link.url)
    entries.push({ ...link, menuPath: [] })
  }
  return entries
}
