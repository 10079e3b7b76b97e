import type { Summary } from '../schema/compiled'
import { domainCandidates, hostOf } from './domain'
import { normalizeSearchText } from './normalize'
import { createTextIndex } from './text-index'

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
  /** Normalized names framed by NAME (`\u0001wechat\u0001微信\u0001`), then domains framed by DOMAIN. */
  text: string
  /** Length of the normalized first name, to put short names first. */
  length: number
  order: number
}

interface Hit {
  row: Row
  rank: number
}

// Frames in `Row.text`; `normalizeSearchText` never produces either.
const NAME = '\u0001'
const DOMAIN = '\u0002'

/** How well `q` matches a row holding it: 0 exact name, 1 name prefix, 2 inside a name, 3 in a domain. */
function rank(row: Row, q: string): number {
  if (row.text.includes(`${NAME}${q}${NAME}`)) return 0
  if (row.text.includes(`${NAME}${q}`)) return 1
  return row.text.indexOf(q) < row.text.indexOf(DOMAIN) ? 2 : 3
}

/**
 * Builds in-memory lookups over the catalog index, once per catalog (a few milliseconds
 * for thousands of entries). A query scans one string holding every entry's keys, so it
 * costs tens of microseconds over the whole directory. Pure: runs in Node, workerd and
 * browsers.
 *
 * @example
 * const s = createCatalogSearch(index.entries)
 * s.search('wechat', { limit: 10 }).map((e) => e.id)
 * s.byDomain('https://mp.weixin.qq.com/') // the entries listing weixin.qq.com
 */
export function createCatalogSearch(entries: readonly Summary[]): CatalogSearch {
  const rows: Row[] = entries.map((summary) => {
    const names = [summary.name['zh-CN'], summary.name.en, summary.id, ...summary.aliases].map(normalizeSearchText)
    const domains = summary.domains.map(normalizeSearchText)
    return {
      summary,
      text: `${NAME}${[...new Set(names)].filter(Boolean).join(NAME)}${NAME}${DOMAIN}${domains.join(DOMAIN)}${DOMAIN}`,
      length: names[0]!.length,
      order: summary.depth === 'guide' ? 0 : 1,
    }
  })
  const text = createTextIndex(rows.map((r) => r.text))
  const byDomain = new Map<string, Row[]>()
  for (const row of rows)
    for (const d of new Set(row.summary.domains)) byDomain.set(d, [...(byDomain.get(d) ?? []), row])

  const keep = (row: Row, o: SearchOptions): boolean =>
    (!o.depth || row.summary.depth === o.depth) &&
    (!o.category || row.summary.category === o.category) &&
    (!o.grade || row.summary.grade === o.grade)

  return {
    search(query, options = {}) {
      const limit = options.limit ?? rows.length
      const q = normalizeSearchText(query)
      if (!q) return rows.filter((r) => keep(r, options)).slice(0, limit).map((r) => r.summary)
      const hits: Hit[] = []
      const add = (i: number): void => {
        if (keep(rows[i]!, options)) hits.push({ row: rows[i]!, rank: rank(rows[i]!, q) })
      }
      let found = text.containing(q, limit * 4 + 1)
      // A broad query ("a") holds most rows: when exact and prefix matches fill the page, rank only those.
      if (found.length > limit * 4) {
        for (const i of text.containing(`${NAME}${q}`)) add(i)
        if (hits.length < limit) {
          hits.length = 0
          found = text.containing(q)
        }
      }
      if (!hits.length) for (const i of found) add(i)
      const words = query.split(/\s+/).map(normalizeSearchText).filter(Boolean)
      if (words.length > 1 && hits.length < limit) {
        // Rows holding every word apart, in any order; only rows with the longest word can.
        const longest = words.reduce((a, b) => (b.length > a.length ? b : a))
        const whole = new Set(found)
        for (const i of text.containing(longest)) {
          const row = rows[i]!
          if (!whole.has(i) && keep(row, options) && words.every((w) => row.text.includes(w))) hits.push({ row, rank: 4 })
        }
      }
      // Stable: ties keep catalog order. Shorter names first: "QQ" before "QQ Music".
      hits.sort((a, b) => a.rank - b.rank || a.row.order - b.row.order || a.row.length - b.row.length)
      return hits.slice(0, limit).map((h) => h.row.summary)
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
