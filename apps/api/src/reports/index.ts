/**
 * @module
 * Reader reports of outdated or wrong content: routes, the store interface and its D1
 * implementation, migrations and retention. Runs on Node and workerd; the SQLite store is on
 * its own entry (`./sqlite`) so the worker bundle never pulls in better-sqlite3.
 */
export { reportsRoutes, reportsMount } from './routes'
export type { ReportsRoutesOptions } from './routes'
export type { ReportStore, NewReport, ReportFilter } from './store'
export { createSqlReportStore } from './sql-store'
export type { SqlDriver, SqlStatement, SqlValue } from './sql-driver'
export { d1Store, d1Driver } from './d1'
export type { D1Like } from './d1'
export { migrate, splitStatements } from './migrate'
export type { Migration } from './migrate'
export { migrations } from './migrations.generated'
export { purgeExpired, schedulePurge, purgeThrottle, DEFAULT_RETENTION_DAYS } from './purge'
export { reportsConfig } from './config'
export type { ReportsConfig } from './config'
export { reportTargets, targetLabel, GENERAL_TARGET } from './targets'
export * from './schema'
