/**
 * @module
 * Every full guide side by side, for the comparison page: the parts of core's reader view
 * (`presentGuide`) the table shows, in both languages, so a wait or a count reads here as it
 * reads on the platform's own page.
 */
import { defineLoader } from 'vitepress'
import type { CompiledGuide, Difficulty, Locale, Localized } from '@deregister/core'
import { presentGuide } from '@deregister/core/present'
import type { GuideView } from '@deregister/core/present'
import { guides } from '../lib/catalog'

interface Phrase {
  id: string
  text: string
  /** The sources give more than one figure (the page lists every claim). */
  disputed: boolean
}

export interface CompareCells {
  groups: { key: string; count: number; heading: string }[]
  review: Phrase[]
  coolingOff: Phrase[]
  retention: { id: string; what: string; duration: string | null; disputed: boolean }[]
  reRegistration: { id: string; subject: string; rule: string }[]
}

export interface CompareRow {
  id: string
  name: Localized
  difficulty: Pick<Difficulty, 'level' | 'score'>
  /** True when any wait can be withdrawn; 'unknown' when none is known to be but the sources leave one open. */
  revocable: boolean | 'unknown'
  cells: Record<Locale, CompareCells>
}

declare const data: CompareRow[]
export { data }

function cells(view: GuideView): CompareCells {
  const waits = (kind: string): Phrase[] =>
    view.waiting
      .filter((w) => w.kind === kind)
      .map((w) => ({ id: w.id, text: w.duration.text, disputed: w.duration.claims.length > 0 }))
  return {
    groups: view.requirements
      .filter((r) => r.count)
      .map(({ key, count, heading }) => ({ key, count, heading })),
    review: waits('review'),
    coolingOff: waits('cooling-off'),
    retention: view.retention.map((r) => ({
      id: r.id,
      what: r.what,
      duration: r.duration?.text ?? null,
      disputed: !!r.duration?.claims.length,
    })),
    reRegistration: view.reRegistration.map(({ id, subject, rule }) => ({ id, subject, rule })),
  }
}

function revocable(g: CompiledGuide): boolean | 'unknown' {
  if (g.waitingPeriods.some((w) => w.revocable === true)) return true
  return g.waitingPeriods.some((w) => w.revocable === 'unknown') ? 'unknown' : false
}

export default defineLoader({
  load(): CompareRow[] {
    return guides().map((g) => ({
      id: g.id,
      name: g.name,
      difficulty: { level: g.difficulty.level, score: g.difficulty.score },
      revocable: revocable(g),
      cells: { 'zh-CN': cells(presentGuide(g, 'zh-CN')), en: cells(presentGuide(g, 'en')) },
    }))
  },
})
