/**
 * @module
 * When a section matches a query, and how pages rank. A Chinese query is often several words
 * typed without spaces ("注销后好友" for 注销后 … 好友): requiring every bigram would ask for
 * "后好", which no sentence holds. So a section matches when each character of each Han run
 * of the query sits in a bigram the section contains (the run is found as pieces), and when
 * it contains every other word. "零钱通" still needs both "零钱" and "钱通" (no piece covers
 * "通" otherwise), so "零用钱和通知" does not match it.
 *
 * MiniSearch hands its `filter` only the result (with the query terms it matched), not the
 * query, so the tokenizer keeps the parts of the query being run; `search()` tokenizes and
 * filters in one synchronous call.
 */
import { queryParts, tokenizeForIndex } from './tokenize'

let current: ReturnType<typeof queryParts> = { runs: [], words: [] }
let currentTitle = ''

function tokenize(text: string): string[] {
  current = queryParts(text)
  currentTitle = asTitle(text)
  return [...current.runs.flat(), ...current.words]
}

/** True when the matched query terms cover every character of every Han run and every word. */
export function covers(
  parts: ReturnType<typeof queryParts>,
  matched: ReadonlySet<string>,
): boolean {
  // MiniSearch reports the query terms it matched after its default processing (lower case).
  if (!parts.words.every((w) => matched.has(w.toLowerCase()))) return false
  return parts.runs.every((grams) => {
    if (grams.length === 1) return matched.has(grams[0] ?? '')
    const covered = new Array<boolean>(grams.length + 1).fill(false)
    grams.forEach((g, i) => {
      if (matched.has(g)) covered[i] = covered[i + 1] = true
    })
    return covered.every(Boolean)
  })
}

// Reader guides first, then the general guides and site pages, developer pages last: the
// same words ("wechat", "curl") appear in the API examples.
// A guide's own sections rank above its header (name, summary, other names), which repeats
// the summary of what the sections say in full.
const RANK: [RegExp, number][] = [
  [/^\/(en\/)?platforms\/[^#]+#/, 4],
  [/^\/(en\/)?platforms\//, 2.5],
  [/^\/(en\/)?guides\//, 2],
  [/^\/(en\/)?developers\//, 0.3],
]

// Entry titles are stored as HTML (see search-index.ts); compared by their letters and digits.
function asTitle(html: string): string {
  const text = html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

// A query that is an entry's whole title (a guide's name, a section's heading) asks for that
// entry: it comes before the many items whose titles mention the name. Large enough to
// outweigh an item's higher rank (4 against a guide page's 2.5) and its second match on the
// guide's name among its parent titles.
const NAMED = 10

/** The rank of an entry; `stored` holds its stored fields when MiniSearch scores a result. */
export function boostDocument(
  id: string,
  _term?: string,
  stored?: Record<string, unknown>,
): number {
  const rank = RANK.find(([re]) => re.test(id))?.[1] ?? 1
  const title = typeof stored?.title === 'string' ? asTitle(stored.title) : undefined
  return title && title === currentTitle ? rank * NAMED : rank
}

/** MiniSearch options for both sides; spread into VitePress's `miniSearch` settings. */
export const miniSearchOptions = {
  options: { tokenize: tokenizeForIndex },
  searchOptions: {
    tokenize,
    combineWith: 'OR' as const,
    filter: (result: { queryTerms: string[] }): boolean =>
      covers(current, new Set(result.queryTerms.map((t) => t.toLowerCase()))),
    boostDocument,
  },
}
