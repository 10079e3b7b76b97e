/**
 * @module
 * Overview of every full guide, for the home page's list and search box. The wait is worded
 * by core (`totalWait`) in both languages, as the platform page's header words it.
 */
import { defineLoader } from 'vitepress'
import type { Difficulty, Locale, Localized } from '@deregister/core'
import { totalWait } from '@deregister/core/present'
import { guides } from '../lib/catalog'

export interface PlatformRow {
  id: string
  name: Localized
  aliases: string[]
  domains: string[]
  difficulty: Pick<Difficulty, 'level' | 'score'>
  wait: Record<Locale, string>
  lastVerified: string
}

declare const data: PlatformRow[]
export { data }

export default defineLoader({
  load(): PlatformRow[] {
    return guides().map((g) => {
      const waits = g.waitingPeriods.map((p) => p.duration)
      return {
        id: g.id,
        name: g.name,
        aliases: g.aliases,
        domains: g.domains,
        difficulty: { level: g.difficulty.level, score: g.difficulty.score },
        wait: { 'zh-CN': totalWait(waits, 'zh-CN'), en: totalWait(waits, 'en') },
        lastVerified: g.lastVerified,
      }
    })
  },
})
