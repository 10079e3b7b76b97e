/**
 * @module
 * The search entry of a generated platform page. VitePress indexes Markdown files on disk;
 * platform pages are generated routes rendered by components, so their text is gathered here
 * from the same catalog data and the same section list the page component uses. Each page is
 * one entry: a query finds the platform once rather than once per section, and the index
 * (built for every page, downloaded whole by the search box) stays half as large.
 */
import type { Locale } from '@deregister/core'
import { guide, localGuide } from './catalog'
import { SECTIONS, proseOf, sectionData } from './sections'

export interface SearchSection {
  anchor: string
  titles: string[]
  text: string
}

const PLATFORM_PAGE = /(?:^|[\\/])(en[\\/])?platforms[\\/]([^\\/]+)\.md$/

/** The search entry of a platform page, or undefined for any other page (VitePress splits those). */
export function platformSections(file: string): SearchSection[] | undefined {
  const m = PLATFORM_PAGE.exec(file)
  const g = m && guide(m[2] ?? '')
  const locale: Locale = m?.[1] ? 'en' : 'zh-CN'
  const local = g && localGuide(g.id, locale)
  if (!m || !g || !local) return undefined
  const text = [local.vendor, local.summary, ...g.aliases, ...g.domains]
  for (const key of SECTIONS) proseOf(sectionData(local, key), text)
  return [{ anchor: '', titles: [local.name], text: text.join(' ') }]
}
