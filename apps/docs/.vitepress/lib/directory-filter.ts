/**
 * @module
 * Search and grade filter of the directory page, run in the browser over every row. A query
 * is cut by the site's search tokenizer (bigrams of Chinese runs, words of the rest), each
 * token folded like the API's search folds text (case, width, accents and punctuation), and a
 * row matches when every token occurs in its name, other names or domains.
 */
import { normalizeSearchText } from '@deregister/core'
import type { Grade } from '@deregister/core'
import type { DirectoryRow } from './directory-row'
import { tokenizeForQuery } from './tokenize'

/** The text a row is searched by, folded once when the rows arrive. */
export function haystack(row: DirectoryRow): string {
  return [row.n, ...(row.a ?? []), ...row.d].map(normalizeSearchText).join('\n')
}

/** Tokens of a query, folded like the rows; none for an empty query. */
export function queryTokens(query: string): string[] {
  return tokenizeForQuery(query).map(normalizeSearchText).filter(Boolean)
}

export function filterRows(rows: readonly DirectoryRow[], hays: readonly string[], query: string, grade: Grade | ''): DirectoryRow[] {
  const tokens = queryTokens(query)
  const out: DirectoryRow[] = []
  rows.forEach((row, i) => {
    if (grade && row.g !== grade) return
    const hay = hays[i] ?? ''
    if (tokens.every((t) => hay.includes(t))) out.push(row)
  })
  return out
}
