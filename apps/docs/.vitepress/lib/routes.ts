/**
 * @module
 * Route loaders' data: one platform page and one check page per full guide, per language.
 * Link-level entries are not pages (a directory page lists them all at once).
 */
import { localize } from '@deregister/core'
import type { CompiledGuide, Locale } from '@deregister/core'
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

/**
 * The guide in one language without what the page does not show (the check's questions and
 * conditions): route params are inlined into each page's scripts.
 */
function pageGuide(g: CompiledGuide, locale: Locale): unknown {
  const { questions: _q, directory: _d, hash: _h, ...shown } = g
  return localize(
    {
      ...shown,
      requirements: g.requirements.map(({ when: _w, ...r }) => r),
      losses: g.losses.map(({ when: _w, ...l }) => l),
      consequences: g.consequences.map(({ when: _w, ...c }) => c),
    },
    locale,
  )
}

export function platformRoutes(locale: Locale): Route[] {
  return guides().map((g) => ({
    params: { id: g.id, guide: pageGuide(g, locale), wait: totalWait(g), disputes: disputeCount(g) },
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
