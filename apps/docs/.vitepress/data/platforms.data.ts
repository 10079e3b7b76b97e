/**
 * @module
 * Overview of every full guide, for the home page's list and search box.
 */
import { defineLoader } from 'vitepress'
import type { Difficulty, Localized } from '@deregister/core'
import { guides } from '../lib/catalog'
import { totalWait } from '../lib/derive'
import type { DayRange } from '../lib/derive'

export interface PlatformRow {
  id: string
  name: Localized
  aliases: string[]
  domains: string[]
  difficulty: Pick<Difficulty, 'level' | 'score'>
  wait: DayRange
  lastVerified: string
}

declare const data: PlatformRow[]
export { data }

export default defineLoader({
  load(): PlatformRow[] {
    return guides().map((g) => ({
      id: g.id,
      name: g.name,
      aliases: g.aliases,
      domains: g.domains,
      difficulty: { level: g.difficulty.level, score: g.difficulty.score },
      wait: totalWait(g),
      lastVerified: g.lastVerified,
    }))
  },
})
