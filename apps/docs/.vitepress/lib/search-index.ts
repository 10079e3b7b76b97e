/**
 * @module
 * Search sections of generated platform pages. VitePress indexes Markdown files on disk;
 * platform pages are generated routes rendered by components, so their sections are built
 * here from the same catalog data and the same section list the page component uses.
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

/** Sections of a platform page, or undefined for any other page (VitePress splits those). */
export function platformSections(file: string): SearchSection[] | undefined {
  const m = PLATFORM_PAGE.exec(file)
  const g = m && guide(m[2] ?? '')
  const locale: Locale = m?.[1] ? 'en' : 'zh-CN'
  const local = g && localGuide(g.id, locale)
  if (!m || !g || !local) return undefined
  const t = strings(locale)
  const head = { anchor: '', titles: [local.name], text: [local.vendor, local.summary, ...g.aliases, ...g.domains].join(' ') }
  const body = SECTIONS.map((key) => ({
    anchor: key,
    titles: [local.name, t.sections[key]],
    text: proseOf(sectionData(local, key)).join(' '),
  }))
  return [head, ...body]
}
