/**
 * @module
 * The search entries of a generated platform page. VitePress indexes Markdown files on disk;
 * platform pages are generated routes rendered by components (VitePress does not call
 * `_render` for them: their Markdown file does not exist), so their text is gathered here,
 * through the public `miniSearch._splitIntoSections` hook, from the same catalog data and the
 * same section list the page component uses.
 *
 * Each item of a section (a requirement, a loss, a retention period, a failure's symptom, …)
 * is its own entry, under the item's anchor, titled by the item's own title, with the guide's
 * name and the section's heading as parent titles. A result then reads "微信 › 前置条件 ›
 * 赎回零钱通资金", with the words it matched highlighted, and lands on that item of a long
 * page: this is how a result shows what matched. VitePress's detailed view cannot show it:
 * its excerpt is the HTML after each heading of the result's page component, mounted apart
 * from the page, and a platform page's component renders only after loading its guide (the
 * excerpt is taken before) and reads the route being shown, not the result's. So the
 * detailed view is switched off (`config.mts`) rather than offered empty.
 *
 * The words of a query are matched within one item (with the guide's name and the section's
 * heading): words spread over two items of a section no longer find the section as a whole.
 * Sections without item anchors (steps, verification, legal) stay one entry each. A section
 * with items also gets an entry of its heading alone, so its name finds it; its items' text
 * is not repeated there, which would index it twice. Plus one entry for the page's header
 * (name, vendor, summary, other names and domains).
 */
import type { Locale } from '@deregister/core'
import { guide, localGuide } from './catalog'
import { strings } from './i18n'
import { ITEM_ANCHOR, SECTIONS, itemAnchor, proseOf, sectionData } from './sections'
import type { ItemSection, SectionKey } from './sections'

export interface SearchSection {
  anchor: string
  titles: string[]
  text: string
}

const PLATFORM_PAGE = /(?:^|[\\/])(en[\\/])?platforms[\\/]([^\\/]+)\.md$/

// The field the page shows as each item's title (in bold, or as the item's heading).
const TITLE_FIELD: Record<ItemSection, string> = {
  requirements: 'title',
  waiting: 'title',
  losses: 'title',
  retention: 'what',
  're-registration': 'rule',
  backups: 'title',
  alternatives: 'title',
  troubleshooting: 'symptom',
  'special-accounts': 'title',
  consequences: 'title',
  disagreements: 'topic',
  sources: 'title',
}

// VitePress shows entry titles as HTML (its own come from rendered Markdown); ours are text.
const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const hasItems = (key: SectionKey): key is ItemSection => key in ITEM_ANCHOR

/** The entries of one section: each item with an id and a title, and the heading with the text of the rest. */
function sectionEntries(
  key: SectionKey,
  items: readonly unknown[],
  name: string,
  heading: string,
): SearchSection[] {
  const entries: SearchSection[] = []
  const rest: unknown[] = []
  const seen = new Set<string>()
  for (const item of items) {
    const {
      id,
      [hasItems(key) ? TITLE_FIELD[key] : '']: title,
      ...body
    } = (item ?? {}) as Record<string, unknown>
    if (!hasItems(key) || typeof id !== 'string' || typeof title !== 'string' || !title)
      rest.push(item)
    // The source list shows a source its glossary repeats once, under one anchor.
    else if (!seen.has(id) && seen.add(id))
      entries.push({
        anchor: itemAnchor(key, id),
        titles: [name, heading, title],
        text: proseOf(body).join(' '),
      })
  }
  const text = proseOf(rest).join(' ')
  if (text || entries.length) entries.unshift({ anchor: key, titles: [name, heading], text })
  return entries
}

/** The search entries of a platform page, or undefined for any other page (VitePress splits those). */
export function platformSections(file: string): SearchSection[] | undefined {
  const m = PLATFORM_PAGE.exec(file)
  const g = m && guide(m[2] ?? '')
  const locale: Locale = m?.[1] ? 'en' : 'zh-CN'
  const local = g && localGuide(g.id, locale)
  if (!m || !g || !local) return undefined
  const t = strings(locale)
  const head = {
    anchor: '',
    titles: [local.name],
    text: [local.vendor, local.summary, ...g.aliases, ...g.domains].join(' '),
  }
  const entries = [
    head,
    ...SECTIONS.flatMap((key) =>
      sectionEntries(key, sectionData(local, key), local.name, t.sections[key]),
    ),
  ]
  return entries.map((e) => ({ ...e, titles: e.titles.map(escapeHtml) }))
}
