/**
 * @module
 * Route loaders' data: one platform page and one check page per full guide, per language.
 * Link-level entries are not pages (a directory page lists them all at once).
 */
import { localize } from '@deregister/core'
import type { Locale } from '@deregister/core'
import { guides } from './catalog'
import { disputeCount, totalWait } from './derive'

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
    params: { id: g.id, guide: localize(g, locale), wait: totalWait(g), disputes: disputeCount(g) },
    content: `# ${escape(g.name[locale])}\n\n<PlatformPage />\n`,
  }))
}

export function checkRoutes(locale: Locale): Route[] {
  const title = locale === 'en' ? 'Check my account' : '检查我的账号'
  return guides().map((g) => ({
    params: { id: g.id, name: g.name[locale] },
    content: `# ${title}: ${escape(g.name[locale])}\n\n<CheckPage />\n`,
  }))
}
