import { DEFAULT_RETENTION_DAYS } from './purge'

/** Shortest maintainer token accepted: 32 characters leave no room for guessing. */
export const MIN_TOKEN_LENGTH = 32

export interface ReportsConfig {
  /** Bearer token of the maintainer endpoints; absent means they are switched off. */
  maintainerToken?: string
  retentionDays: number
}

/**
 * Reads `DEREGISTER_MAINTAINER_TOKEN` and `DEREGISTER_REPORT_RETENTION_DAYS` (default 180)
 * from a Node `process.env` or a workerd `env`. Throws on a malformed value rather than
 * silently keeping reports for a different time than configured, and on a token shorter than
 * {@link MIN_TOKEN_LENGTH} rather than guarding the maintainer endpoints with a guessable one.
 */
export function reportsConfig(env: Record<string, unknown>): ReportsConfig {
  const token = env.DEREGISTER_MAINTAINER_TOKEN
  const days = env.DEREGISTER_REPORT_RETENTION_DAYS
  let retentionDays = DEFAULT_RETENTION_DAYS
  if (days !== undefined && days !== '') {
    retentionDays = Number(days)
    if (!Number.isInteger(retentionDays) || retentionDays < 1) {
      throw new Error(`DEREGISTER_REPORT_RETENTION_DAYS must be a whole number of days ≥ 1, got ${String(days)}`)
    }
  }
  if (typeof token !== 'string' || token.trim() === '') return { retentionDays }
  const maintainerToken = token.trim()
  if (maintainerToken.length < MIN_TOKEN_LENGTH) {
    throw new Error(
      `DEREGISTER_MAINTAINER_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters (it has ${maintainerToken.length}); ` +
        'make one with `openssl rand -hex 32`',
    )
  }
  return { maintainerToken, retentionDays }
}
