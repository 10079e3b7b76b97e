/**
 * @module
 * Search tokenizers for Chinese and English text, shared by the index (built in Node) and
 * the query (run in the browser). MiniSearch's default splits on spaces and punctuation,
 * which leaves a Chinese sentence as one token; here a sentence is cut into words with
 * `Intl.Segmenter` and, because word boundaries depend on context ("零钱通" is "零钱" +
 * "通" inside a sentence), every run of Han characters also yields its bigrams.
 */

const HAN_RUN = /\p{Script=Han}+/gu
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })

/** Overlapping pairs of characters: "零钱通" → ["零钱", "钱通"]; one character stays itself. */
export function bigrams(run: string): string[] {
  const chars = [...run]
  if (chars.length < 2) return chars
  return chars.slice(1).map((c, i) => chars[i] + c)
}

function words(text: string): string[] {
  const out: string[] = []
  for (const s of segmenter.segment(text)) if (s.isWordLike) out.push(s.segment)
  return out
}

/** Index side: every word the segmenter finds, plus the bigrams of every Han run. */
export function tokenizeForIndex(text: string): string[] {
  const out = words(text)
  for (const run of text.match(HAN_RUN) ?? []) out.push(...bigrams(run))
  return out
}

/**
 * Query side: Han runs become bigrams only (so a query matches whatever way the indexed
 * sentence was segmented), everything else becomes segmenter words. Combined with AND,
 * "零钱通" finds the sections containing both "零钱" and "钱通".
 */
export function tokenizeForQuery(text: string): string[] {
  const out: string[] = []
  for (const run of text.match(HAN_RUN) ?? []) out.push(...bigrams(run))
  out.push(...words(text.replace(HAN_RUN, ' ')))
  return out
}

/** MiniSearch options for both sides; spread into VitePress's `miniSearch` settings. */
export const miniSearchOptions = {
  options: { tokenize: tokenizeForIndex },
  searchOptions: { tokenize: tokenizeForQuery, combineWith: 'AND' as const },
}
