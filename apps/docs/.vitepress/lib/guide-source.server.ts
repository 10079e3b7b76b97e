/**
 * @module
 * The guide of a platform page while the build renders it: from the catalog this process
 * already loaded (and localized for the search index). Takes the place of `guide-source.ts`
 * in the server bundle (see `server-twins.ts`).
 */
import type { Locale } from '@deregister/core'
import { localGuide } from './catalog'
import type { LocalGuide } from './catalog'

export async function loadGuide(id: string, locale: Locale, _url: string): Promise<LocalGuide> {
  const g = localGuide(id, locale)
  if (!g) throw new Error(`no guide "${id}" in the catalog`)
  return g
}
