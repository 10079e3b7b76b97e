/**
 * @module
 * Search tokenizers for Chinese and English text, shared by the index (built in Node) and
 * the query (run in the browser). MiniSearch's default splits on spaces and punctuation,
 * which leaves a Chinese sentence as one token. Here every run of Han characters yields its
 * bigrams — word boundaries depend on context ("零钱通" is "零钱" + "通" inside a sentence,
 * so whole words from a segmenter would miss it) — and everything else is cut into words
 * the way Unicode word boundaries (`Intl.Segmenter`) cut Latin text: runs of letters and
 * digits, kept whole across an inner ".", "'" or ":" ("8.0.34", "weixin.qq.com", "don't").
 * A regular expression does this several times faster than the segmenter, which matters
 * when thousands of pages are indexed.
 */

const HAN_RUN = /\p{Script=Han}+/gu
const WORD = /[\p{L}\p{M}\p{N}_]+(?:[.'’:][\p{L}\p{M}\p{N}_]+)*/gu

/** Overlapping pairs of characters: "零钱通" → ["零钱", "钱通"]; one character stays itself. */
export function bigrams(run: string): string[] {
  const chars = [...run]
  if (chars.length < 2) return chars
  return chars.slice(1).map((c, i) => chars[i] + c)
}

function words(text: string): string[] {
  return text.match(WORD) ?? []
}

/** Bigrams of every Han run, then the words of the rest. */
function tokens(text: string): string[] {
  const out: string[] = []
  for (const run of text.match(HAN_RUN) ?? []) out.push(...bigrams(run))
  out.push(...words(text.replace(HAN_RUN, ' ')))
  return out
}

/**
 * Index side: each distinct token once per field. Sections are short, so presence ranks as
 * well as counts do, and it keeps indexing thousands of pages fast.
 */
export function tokenizeForIndex(text: string): string[] {
  return [...new Set(tokens(text))]
}

/** Query side: the same tokens ("零钱通" → "零钱", "钱通"; see `search-query.ts` for how they combine). */
export function tokenizeForQuery(text: string): string[] {
  return tokens(text)
}

/** The Han runs of a query, each as its bigrams, and its other words. */
export function queryParts(text: string): { runs: string[][]; words: string[] } {
  return { runs: (text.match(HAN_RUN) ?? []).map(bigrams), words: words(text.replace(HAN_RUN, ' ')) }
}
