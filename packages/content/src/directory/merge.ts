import { normalizeSearchText } from '@deregister/core'
import type { Entry, Guide } from '@deregister/core/schema'
import type { Draft } from './convert'
import { JDM_SOURCE } from './jdm-source'
import type { Note } from './report'

interface Match {
  guide: Guide
  by: string
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => void map.set(key, [...(map.get(key) ?? []), value])

/**
 * Finds the guide a directory service is about: first by name (the service's name or an
 * alias equals a guide's id, name or alias, ignoring case, accents, spaces and punctuation),
 * then by the guide sharing the most domains with it.
 */
export function guideMatcher(guides: readonly Guide[]): (draft: Draft) => Match | undefined {
  const byName = new Map<string, Guide[]>()
  const byDomain = new Map<string, Guide[]>()
  for (const g of guides) {
    for (const key of new Set([g.id, g.name['zh-CN'], g.name.en, ...g.aliases].map(normalizeSearchText))) if (key) push(byName, key, g)
    for (const d of new Set(g.domains)) push(byDomain, d, g)
  }
  return (draft) => {
    for (const name of [draft.entry.name, ...draft.entry.aliases]) {
      const found = byName.get(normalizeSearchText(name))
      if (found) return { guide: found[0]!, by: `name "${name}"` }
    }
    const shared = new Map<Guide, string[]>()
    for (const d of draft.entry.domains) for (const g of byDomain.get(d) ?? []) push(shared, g, d)
    const best = [...shared].sort((a, b) => b[1].length - a[1].length)[0]
    return best && { guide: best[0], by: `domain ${best[1].join(', ')}` }
  }
}

/** The guide with the directory's links, grades and domains added, citing the directory. */
function absorb(guide: Guide, drafts: readonly Draft[]): Guide {
  const directory = [...guide.directory]
  for (const { entry } of drafts)
    if (!directory.some((d) => d.url === entry.url && d.source === JDM_SOURCE.id))
      directory.push({ url: entry.url, ...(entry.grade ? { grade: entry.grade } : {}), source: JDM_SOURCE.id })
  const domains = [...new Set([...guide.domains, ...drafts.flatMap((d) => d.entry.domains)])]
  const sources = guide.sources.some((s) => s.id === JDM_SOURCE.id) ? guide.sources : [...guide.sources, JDM_SOURCE]
  return { ...guide, directory, domains, sources }
}

/**
 * Folds directory services into the guides they match: our guide wins and gains the
 * directory's URL, grade and domains; the service is not emitted on its own.
 * Returns the content entries (merged guides replaced) and the services left to emit.
 */
export function mergeDirectory(content: readonly Entry[], drafts: readonly Draft[], note: Note): { entries: Entry[]; remaining: Draft[] } {
  const match = guideMatcher(content.filter((e): e is Guide => e.depth === 'guide'))
  const absorbed = new Map<string, Draft[]>()
  const remaining: Draft[] = []
  for (const draft of drafts) {
    const m = match(draft)
    if (!m) {
      remaining.push(draft)
      continue
    }
    push(absorbed, m.guide.id, draft)
    note(draft.index, draft.entry.name, 'merged-into-guide', `→ ${m.guide.id} (by ${m.by})`)
  }
  const entries = content.map((e) => (e.depth === 'guide' && absorbed.has(e.id) ? absorb(e, absorbed.get(e.id)!) : e))
  return { entries, remaining }
}
