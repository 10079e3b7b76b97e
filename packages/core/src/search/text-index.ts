export interface TextIndex {
  /** Positions (ascending, each once) of the rows whose text contains `needle`; the first `max`. */
  containing(needle: string, max?: number): number[]
}

/** Rows holding each pair of adjacent characters, ascending. */
function pairIndex(rows: readonly string[]): Map<string, number[]> {
  const pairs = new Map<string, number[]>()
  rows.forEach((row, i) => {
    for (let j = 0; j + 1 < row.length; j++) {
      const pair = row.slice(j, j + 2)
      const list = pairs.get(pair)
      if (!list) pairs.set(pair, [i])
      else if (list[list.length - 1] !== i) list.push(i)
    }
  })
  return pairs
}

/**
 * Substring lookup over many short rows. A needle of two or more characters is looked for
 * only in the rows holding its rarest pair of adjacent characters (an index built on the
 * first such query), so a query over thousands of rows checks tens of them instead of
 * scanning all. A one-character needle scans every row, which it would match often anyway.
 */
export function createTextIndex(rows: readonly string[]): TextIndex {
  let pairs: Map<string, number[]> | undefined
  const scan = (candidates: Iterable<number>, needle: string, max: number): number[] => {
    const out: number[] = []
    for (const i of candidates) {
      if (out.length >= max) break
      if (rows[i]!.includes(needle)) out.push(i)
    }
    return out
  }
  return {
    containing(needle, max = Infinity) {
      if (!needle) return []
      if (needle.length === 1) return scan(rows.keys(), needle, max)
      pairs ??= pairIndex(rows)
      let rarest: number[] | undefined
      for (let j = 0; j + 1 < needle.length; j++) {
        const list = pairs.get(needle.slice(j, j + 2))
        if (!list) return []
        if (!rarest || list.length < rarest.length) rarest = list
      }
      return scan(rarest!, needle, max)
    },
  }
}
