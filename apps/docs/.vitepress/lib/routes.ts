/**
 * @module
 * Route loaders' data: one platform page per full guide, per language. The check page is one
 * page per language that takes the platform from its query, and link-level entries are not
 * pages (a directory page lists them all at once).
 */
import type { CompiledGuide, Locale } from '@deregister/core'
import { guides, localGuide } from './catalog'
import { disputeCount, totalWait } from './derive'

interface Route {
  params: Record<string, unknown>
  content: string
}

// Names come from content; keep them from being read as Markdown, HTML or Vue syntax.
function escape(text: string): string {
  return text.replace(/[<>{}&*_`[\]\\#|]/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * The guide in one language without what the page does not show (the check's questions and
 * conditions): route params are inlined into each page's scripts.
 */
function pageGuide(g: CompiledGuide, locale: Locale): unknown {
  const local = localGuide(g.id, locale)
  if (!local) return undefined
  const { questions: _q, directory: _d, hash: _h, ...shown } = local
  return {
    ...shown,
    requirements: local.requirements.map(({ when: _w, ...r }) => r),
    losses: local.losses.map(({ when: _w, ...l }) => l),
    consequences: local.consequences.map(({ when: _w, ...c }) => c),
  }
}

export function platformRoutes(locale: Locale): Route[] {
  return guides().map((g) => ({
    params: { id: g.id, guide: pageGuide(g, locale), wait: totalWait(g), disputes: disputeCount(g) },
    content: `# ${escape(g.name[locale])}\n\n<PlatformPage />\n`,
  }))
}
