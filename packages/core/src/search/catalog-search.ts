import type { Summary } from '../schema/compiled'
import { domainCandidates, hostOf } from './domain'
import { normalizeSearchText } from './normalize'

export interface SearchOptions {
  /** Only entries of this depth. */
  depth?: Summary['depth']
  category?: string
  /** Only link entries whose source gave this grade. */
  grade?: string
  /** At most this many results (default: all). */
  limit?: number
}

export interface CatalogSearch {
  /** Entries whose name, alias, id or domain contains `query`, best match first. */
  search(query: string, options?: SearchOptions): Summary[]
  /** Entries that list `hostOrUrl` or its closest listed parent domain; guides first. */
  byDomain(hostOrUrl: string): Summary[]
}

interface Row {
  summary: Summary
  names: string[]
  domains: string
  order: number
}

/** How well `q` matches a row: 0 exact name, 1 name prefix, 2 inside a name, 3 in a domain. */
function rank(row: Row, q: string): number {
  let best = 4
  for (const n of row.names) {
    if (n === q) return 0
    if (best > 1 && n.startsWith(q)) best = 1
    else if (best > 2 && n.includes(q)) best = 2
  }
  if (best > 3 && row.domains.includes(q)) best = 3
  return best
}

/** Every word of a multi-word query appears somewhere in the row. */
function allWords(row: Row, words: string[]): boolean {
  return words.every((w) => row.domains.includes(w) || row.names.some((n) => n.includes(w)))
}

/**
 * Builds in-memory lookups over the catalog index, once per catalog (a few milliseconds
 * for thousands of entries); each query is then a linear scan over precomputed keys.
 * Pure: runs in Node, workerd and browsers.
 *
 * @example
 * const s = createCatalogSearch(index.entries)
 * s.search('wechat', { limit: 10 }).map((e) => e.id)
 * s.byDomain('https://mp.weixin.qq.com/') // the entries listing weixin.qq.com
 */
export function createCatalogSearch(entries: readonly Summary[]): CatalogSearch {
  const rows: Row[] = entries.map((summary) => ({
    summary,
    names: [...new Set([summary.name['zh-CN'], summary.name.en, summary.id, ...summary.aliases].map(normalizeSearchText))].filter(Boolean),
    domains: summary.domains.map(normalizeSearchText).join('\u0000'),
    order: summary.depth === 'guide' ? 0 : 1,
  }))
  const byDomain = new Map<string, Row[]>()
  for (const row of rows)
    for (const d of new Set(row.summary.domains)) byDomain.set(d, [...(byDomain.get(d) ?? []), row])

  const filter = (row: Row, o: SearchOptions): boolean =>
    (!o.depth || row.summary.depth === o.depth) &&
    (!o.category || row.summary.category === o.category) &&
    (!o.grade || row.summary.grade === o.grade)

  return {
    search(query, options = {}) {
      const q = normalizeSearchText(query)
      const words = query.split(/\s+/).map(normalizeSearchText).filter(Boolean)
      const hits: { row: Row; rank: number }[] = []
      for (const row of rows) {
        if (!filter(row, options)) continue
        let r = q ? rank(row, q) : 0
        if (r === 4 && words.length > 1 && allWords(row, words)) r = 3.5
        if (r < 4) hits.push({ row, rank: r })
      }
      hits.sort((a, b) => a.rank - b.rank || a.row.order - b.row.order || a.row.names[0]!.length - b.row.names[0]!.length)
      return hits.slice(0, options.limit ?? hits.length).map((h) => h.row.summary)
    },
    byDomain(hostOrUrl) {
      const host = hostOf(hostOrUrl)
      for (const d of host ? domainCandidates(host) : []) {
        const found = byDomain.get(d)
        if (found) return [...found].sort((a, b) => a.order - b.order).map((r) => r.summary)
      }
      return []
    },
  }
}
