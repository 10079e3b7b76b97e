/**
 * @module
 * The shared vocabulary the catalog's guides use (laws, complaint channels and their
 * sources), gathered from every guide's glossary, in each language: the guide pages
 * render the law texts from here, never typed a second time.
 */
import { defineLoader } from 'vitepress'
import { localize } from '@deregister/core'
import type { Glossary, Locale } from '@deregister/core'
import { guides } from '../lib/catalog'

type Shared = Pick<Glossary, 'laws' | 'complaintChannels' | 'sources'>
export type LocalShared = ReturnType<typeof localize<Shared>>

declare const data: Record<Locale, LocalShared>
export { data }

function union<T extends { id: string }>(lists: T[][]): T[] {
  const byId = new Map<string, T>()
  for (const list of lists) for (const x of list) if (!byId.has(x.id)) byId.set(x.id, x)
  return [...byId.values()]
}

export default defineLoader({
  load(): Record<Locale, LocalShared> {
    const all = guides().map((g) => g.glossary)
    const laws = union(all.map((g) => g.laws))
    const complaintChannels = union(all.map((g) => g.complaintChannels))
    const used = new Set([...laws.map((l) => l.source), ...complaintChannels.map((c) => c.source)])
    const sources = union(all.map((g) => g.sources)).filter((s) => used.has(s.id))
    const shared: Shared = { laws, complaintChannels, sources }
    return { 'zh-CN': localize(shared, 'zh-CN'), en: localize(shared, 'en') }
  },
})
