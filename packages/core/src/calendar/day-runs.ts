/**
 * Sets of days as short text, for the holiday calendar every bundle embeds. Sorted day numbers
 * become runs of consecutive days; each run is written as its gap from the previous run's last
 * day (the first run's from day 0), then, if it is longer than one day, "." and its length, both
 * in base 36; runs are separated by ",". Holidays come in runs of 3 to 8 days, so 23 years of
 * them fit in about 600 characters, where ISO date keys took 11 KB.
 */

/** Encodes day numbers (days since 1970-01-01, any order, duplicates ignored). */
export function encodeDays(days: Iterable<number>): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b)
  const runs: string[] = []
  let last = 0
  for (let i = 0; i < sorted.length; ) {
    const first = sorted[i] as number
    let length = 1
    while (sorted[i + length] === first + length) length++
    runs.push((first - last).toString(36) + (length > 1 ? `.${length.toString(36)}` : ''))
    last = first + length - 1
    i += length
  }
  return runs.join(',')
}

/** The ascending day numbers `encodeDays` wrote. */
export function decodeDays(text: string): number[] {
  const days: number[] = []
  let day = 0
  for (const run of text ? text.split(',') : []) {
    const [gap = '', length = '1'] = run.split('.')
    day += parseInt(gap, 36)
    for (let n = parseInt(length, 36); n > 0; n--) days.push(day++)
    day--
  }
  return days
}
