/**
 * @module
 * Route loaders' data: one platform page per full guide, per language. The check page is one
 * page per language that takes the platform from its query, and link-level entries are not
 * pages (a directory page lists them all at once). Params carry the platform's id and the
 * figures of its header; the page loads the guide itself (see `guide-source.ts`), so the
 * guide is not inlined into each page's scripts.
 */
import type { Locale } from '@deregister/core'
import { guides } from './catalog'
import { disputeCount } from './derive'

interface Route {
  params: Record<string, unknown>
  content: string
}

// Names come from content; keep them from being read as Markdown, HTML or Vue syntax.
function escape(text: string): string {
  return text.replace(/[<>{}&*_`[\]\\#|]/g, (c) => `&#${c.charCodeAt(0)};`)
}

export function platformRoutes(locale: Locale): Route[] {
  return guides().map((g) => ({
    params: { id: g.id, disputes: disputeCount(g) },
    content: `# ${escape(g.name[locale])}\n\n<PlatformPage />\n`,
  }))
}
