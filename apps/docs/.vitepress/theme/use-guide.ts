/**
 * @module
 * What every part of a platform page needs: the guide of this route (already in the page's
 * language), the reader's view core makes of it (every phrase, count and group the page
 * shows), the interface strings, and source numbering for citations. The page's root
 * component sets this up once with `provideGuide`; its parts read it with `useGuide`.
 */
import { computed, inject, provide } from 'vue'
import type { ComputedRef, InjectionKey } from 'vue'
import { useData } from 'vitepress'
import type { CompiledGuide, Locale, Source } from '@deregister/core'
import type { localize } from '@deregister/core'
import type { GuideView } from '@deregister/core/present'
import type { LocalGuide } from '../lib/catalog'
import type { PageGuide } from '../lib/guide-source'
import { localeOf, prefix, strings } from '../lib/i18n'
import type { Strings } from '../lib/i18n'

export type { LocalGuide }
export type LocalSource = ReturnType<typeof localize<Source>>

export interface GuideContext {
  g: ComputedRef<LocalGuide>
  /** The guide in both languages, for core's functions that take one (client narrowing). */
  guide: ComputedRef<CompiledGuide>
  view: ComputedRef<GuideView>
  t: ComputedRef<Strings>
  locale: ComputedRef<Locale>
  /** "" or "/en", to build links in the page's language. */
  base: ComputedRef<string>
  sources: ComputedRef<LocalSource[]>
  /** 1-based number of a source in the page's source list. */
  sourceNumber: (id: string) => number
}

const KEY: InjectionKey<GuideContext> = Symbol('deregister-guide')

/** Makes `page` the guide of every part of the calling component's page. */
export function provideGuide(page: PageGuide): GuideContext {
  const { lang } = useData()
  const guide = page.local
  const g = computed(() => guide)
  const locale = computed(() => localeOf(lang.value))
  const sources = computed(() => {
    const seen = new Set<string>()
    return [...guide.sources, ...guide.glossary.sources].filter((s) => !seen.has(s.id) && seen.add(s.id))
  })
  const numbers = computed(() => new Map(sources.value.map((s, i) => [s.id, i + 1])))
  const context: GuideContext = {
    g,
    guide: computed(() => page.guide),
    view: computed(() => page.view),
    t: computed(() => strings(locale.value)),
    locale,
    base: computed(() => prefix(locale.value)),
    sources,
    sourceNumber: (id) => numbers.value.get(id) ?? 0,
  }
  provide(KEY, context)
  return context
}

export function useGuide(): GuideContext {
  const context = inject(KEY)
  if (!context) throw new Error('useGuide() outside a platform page')
  return context
}
