/** Edit distance of `a` and `b`, or `max + 1` as soon as it must exceed `max`. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      row.push(v)
      if (v < best) best = v
    }
    if (best > max) return max + 1
    prev = row
  }
  return prev[b.length]!
}

/**
 * Ids closest to a mistyped one: by edit distance (at most a third of its length, and 3),
 * then ids that contain it or that it contains. At most `limit`, closest first.
 */
export function closestIds(wanted: string, ids: readonly string[], limit = 3): string[] {
  const w = wanted.toLowerCase().slice(0, 64)
  if (!w) return []
  const max = Math.min(3, Math.max(1, Math.floor(w.length / 3)))
  const scored: { id: string; score: number }[] = []
  for (const id of ids) {
    const d = boundedDistance(w, id, max)
    if (d <= max) scored.push({ id, score: d })
    else if (Math.min(w.length, id.length) >= 3 && (id.includes(w) || w.includes(id))) scored.push({ id, score: max + 0.5 })
  }
  return scored
    .sort((a, b) => a.score - b.score || a.id.length - b.id.length || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((s) => s.id)
}
