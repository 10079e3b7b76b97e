import type { ReportStore } from './store'

export const DEFAULT_RETENTION_DAYS = 180
const DAY_MS = 86_400_000

/** Deletes resolved and dismissed reports closed more than `retentionDays` before `now`. */
export async function purgeExpired(store: ReportStore, retentionDays: number, now: Date = new Date()): Promise<number> {
  return store.purgeClosedBefore(new Date(now.getTime() - retentionDays * DAY_MS))
}

export interface PurgeScheduleOptions {
  retentionDays: number
  /** How often to purge; default every 6 hours. */
  everyMs?: number
  onError?: (error: unknown) => void
}

/**
 * Node: purges now and then every `everyMs`, without keeping the process alive. Returns a
 * function that stops it.
 */
export function schedulePurge(store: ReportStore, options: PurgeScheduleOptions): () => void {
  const run = (): void => {
    purgeExpired(store, options.retentionDays).catch(options.onError ?? (() => {}))
  }
  run()
  const timer = setInterval(run, options.everyMs ?? 6 * 3_600_000)
  ;(timer as { unref?: () => void }).unref?.()
  return () => clearInterval(timer)
}

/**
 * workerd: returns a check to call on each request (besides the cron trigger) that purges at
 * most once per `everyMs` (default an hour) per isolate, in the background through `waitUntil`.
 */
export function purgeThrottle(
  everyMs = 3_600_000,
): (store: ReportStore, retentionDays: number, waitUntil?: (promise: Promise<unknown>) => void) => void {
  let last = -Infinity
  return (store, retentionDays, waitUntil) => {
    const now = Date.now()
    if (now - last < everyMs) return
    last = now
    const pending = purgeExpired(store, retentionDays, new Date(now)).catch(() => {})
    waitUntil?.(pending)
  }
}
