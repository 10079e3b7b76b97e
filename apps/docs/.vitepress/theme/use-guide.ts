/**
 * @module
 * What every part of a platform page needs: the guide of this route (already in the page's
 * language), the interface strings, and source numbering for citations.
 */
import { computed } from 'vue'
import type { ComputedRef } from 'vue'
import { useData } from 'vitepress'
import type { Locale, Source } from '@deregister/core'
import type { localize } from '@deregister/core'
import type { LocalGuide } from '../lib/catalog'
import { localeOf, prefix, strings } from '../lib/i18n'
import type { Strings } from '../lib/i18n'

export type { LocalGuide }
export type LocalSource = ReturnType<typeof localize<Source>>

export interface GuideContext {
  g: ComputedRef<LocalGuide>
  t: ComputedRef<Strings>
  locale: ComputedRef<Locale>
  /** "" or "/en", to build links in the page's language. */
  base: ComputedRef<string>
  sources: ComputedRef<LocalSource[]>
  /** 1-based number of a source in the page's source list. */
  sourceNumber: (id: string) => number
}

export function useGuide(): GuideContext {
  const { params, lang } = useData()
  const g = computed(() => params.value?.guide as LocalGuide)
  const locale = computed(() => localeOf(lang.value))
  const sources = computed(() => {
    const seen = new Set<string>()
    return [...g.value.sources, ...g.value.glossary.sources].filter((s) => !seen.has(s.id) && seen.add(s.id))
  })
  const numbers = computed(() => new Map(sources.value.map((s, i) => [s.id, i + 1])))
  return {
    g,
    t: computed(() => strings(locale.value)),
    locale,
    base: computed(() => prefix(locale.value)),
    sources,
    sourceNumber: (id) => numbers.value.get(id) ?? 0,
  }
}
