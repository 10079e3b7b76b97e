const SHANGHAI_OFFSET_MS = 8 * 3_600_000

/**
 * The day a plan starts from, by one rule for every frontend: today on the Beijing calendar
 * (Asia/Shanghai, UTC+8 all year, no daylight saving since 1991), because the working-day
 * calendar the plan counts on is mainland China's, whatever the reader's own time zone. The
 * engine never reads a clock; the caller passes `Date.now()`.
 */
export function startDay(nowMs: number): string {
  return new Date(nowMs + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
}
