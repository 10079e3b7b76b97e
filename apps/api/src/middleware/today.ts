const SHANGHAI_OFFSET_MS = 8 * 3_600_000

/**
 * Today's date on the Beijing calendar (Asia/Shanghai, UTC+8 all year: no daylight saving
 * since 1991), from a clock in milliseconds. The engine never reads a clock; the API does.
 */
export function todayInShanghai(nowMs: number): string {
  return new Date(nowMs + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
}
