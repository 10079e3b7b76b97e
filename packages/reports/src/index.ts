/**
 * @module
 * Reader reports of outdated or wrong content: schema, the store interface and its SQL
 * implementation, the D1 driver, migrations, retention and report targets. Runs on Node and
 * workerd; the SQLite store is on its own entry (`@deregister/reports/sqlite`) so a worker
 * bundle never pulls in better-sqlite3.
 */
export type { ReportStore, NewReport, ReportFilter } from './store'
export { createSqlReportStore } from './sql-store'
export type { SqlDriver, SqlStatement, SqlValue } from './sql-driver'
export { d1Store, d1Driver } from './d1'
export type { D1Like, D1StatementLike } from './d1'
export { migrate, appliedVersions, splitStatements } from './migrate'
export type { Migration } from './migrate'
export { migrations } from './migrations.generated'
export { purgeExpired, schedulePurge, purgeThrottle, DEFAULT_RETENTION_DAYS } from './purge'
export { reportsConfig, MIN_TOKEN_LENGTH } from './config'
export type { ReportsConfig } from './config'
export { reportTargets, targetLabel, GENERAL_TARGET } from './targets'
export { submitReport } from './submit'
export type { SubmitOutcome } from './submit'
export * from './schema'
