export interface TextIndex {
  /** Positions (ascending, each once) of the rows whose text contains `needle`; the first `max`. */
  containing(needle: string, max?: number): number[]
}

/**
 * Substring lookup over many short rows: all rows live in one string, so a query is a few
 * native `indexOf` calls instead of one call per row. Rows should start and end with a
 * character that needles never contain, so that no match spans two rows.
 */
export function createTextIndex(rows: readonly string[]): TextIndex {
  const starts: number[] = []
  let length = 0
  for (const row of rows) {
    starts.push(length)
    length += row.length
  }
  const text = rows.join('')
  const rowAt = (pos: number): number => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= pos) lo = mid
      else hi = mid - 1
    }
    return lo
  }
  return {
    containing(needle, max = Infinity) {
      const out: number[] = []
      for (let pos = needle ? text.indexOf(needle) : -1; pos !== -1 && out.length < max; ) {
        const row = rowAt(pos)
        out.push(row)
        const next = starts[row + 1]
        if (next === undefined) break
        pos = text.indexOf(needle, next)
      }
      return out
    },
  }
}
