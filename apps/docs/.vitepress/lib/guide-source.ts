/**
 * @module
 * The guide of a platform page, in the browser: the per-platform JSON the site serves beside
 * the widget (the widget reads the same file). Page scripts carry only the platform's id, so
 * the build does not bundle every guide twice; the server bundle uses `guide-source.server.ts`
 * instead, which reads the catalog the build loaded.
 */
import { localize } from '@deregister/core'
import type { CompiledGuide, Locale } from '@deregister/core'
import { presentGuide } from '@deregister/core/present'
import type { GuideView } from '@deregister/core/present'
import type { LocalGuide } from './catalog'

/** What a platform page renders: the guide in its language, and the reader's view core makes of it. */
export interface PageGuide {
  guide: CompiledGuide
  local: LocalGuide
  view: GuideView
}

const fetched = new Map<string, Promise<CompiledGuide>>()

function fetchGuide(url: string): Promise<CompiledGuide> {
  const hit = fetched.get(url)
  if (hit) return hit
  const p = fetch(url).then((r) => {
    if (!r.ok) throw new Error(`${url}: ${r.status}`)
    return r.json() as Promise<CompiledGuide>
  })
  fetched.set(url, p)
  p.catch(() => fetched.delete(url))
  return p
}

/** `url` is where the site serves the platform's JSON. */
export async function loadGuide(id: string, locale: Locale, url: string): Promise<PageGuide> {
  const guide = await fetchGuide(url)
  if (guide.id !== id) throw new Error(`${url} holds "${guide.id}", not "${id}"`)
  return { guide, local: localize(guide, locale), view: presentGuide(guide, locale) }
}
