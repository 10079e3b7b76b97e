/**
 * @module
 * The search entries of a generated platform page. VitePress indexes Markdown files on disk;
 * platform pages are generated routes rendered by components (VitePress does not call
 * `_render` for them: their Markdown file does not exist), so their text is gathered here,
 * through the public `miniSearch._splitIntoSections` hook, from the same catalog data and the
 * same section list the page component uses. One entry per section, under the section's
 * anchor and heading, so a query lands on the section that holds it; plus one for the page's
 * header (name, vendor, summary, other names and domains).
 */
import type { Locale } from '@deregister/core'
import { guide, localGuide } from './catalog'
import { strings } from './i18n'
import { SECTIONS, proseOf, sectionData } from './sections'

export interface SearchSection {
  anchor: string
  titles: string[]
  text: string
}

const PLATFORM_PAGE = /(?:^|[\\/])(en[\\/])?platforms[\\/]([^\\/]+)\.md$/

/** The search entries of a platform page, or undefined for any other page (VitePress splits those). */
export function platformSections(file: string): SearchSection[] | undefined {
  const m = PLATFORM_PAGE.exec(file)
  const g = m && guide(m[2] ?? '')
  const locale: Locale = m?.[1] ? 'en' : 'zh-CN'
  const local = g && localGuide(g.id, locale)
  if (!m || !g || !local) return undefined
  const t = strings(locale)
  const head = { anchor: '', titles: [local.name], text: [local.vendor, local.summary, ...g.aliases, ...g.domains].join(' ') }
  const sections = SECTIONS.map((key) => ({ anchor: key, titles: [local.name, t.sections[key]], text: proseOf(sectionData(local, key)).join(' ') }))
  return [head, ...sections.filter((s) => s.text)]
}
