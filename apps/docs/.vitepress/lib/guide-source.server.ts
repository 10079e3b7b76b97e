/**
 * @module
 * The guide of a platform page while the build renders it: from the catalog this process
 * already loaded (and localized for the search index). Takes the place of `guide-source.ts`
 * in the server bundle (see `server-twins.ts`).
 */
import type { Locale } from '@deregister/core'
import { presentGuide } from '@deregister/core/present'
import { guide, localGuide } from './catalog'
import type { PageGuide } from './guide-source'

export async function loadGuide(id: string, locale: Locale, _url: string): Promise<PageGuide> {
  const g = guide(id)
  const local = localGuide(id, locale)
  if (!g || !local) throw new Error(`no guide "${id}" in the catalog`)
  return { guide: g, local, view: presentGuide(g, locale) }
}
