import type { SqlDriver, SqlStatement } from './sql-driver'

/** One versioned file of packages/reports/migrations, e.g. 0001_reports.sql. */
export interface Migration {
  version: number
  name: string
  sql: string
}

const LEDGER = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY NOT NULL,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`

/**
 * Splits a migration into statements. Migrations keep to one statement per `;` at a line end
 * (no triggers), because D1 runs a transaction only as a batch of single statements.
 */
export function splitStatements(sql: string): string[] {
  return sql
    .replace(/--[^\n]*/g, '')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0)
}

/** Versions recorded in `schema_migrations` (which must exist). */
export async function appliedVersions(driver: SqlDriver): Promise<Set<number>> {
  const rows = await driver.all<{ version: number }>('SELECT version FROM schema_migrations')
  return new Set(rows.map((row) => row.version))
}

/**
 * Applies every migration not yet recorded, each in its own transaction together with its
 * ledger row, so a crash leaves a migration either fully applied or not at all. When another
 * process wins the race for the same version, its transaction stands and ours rolls back.
 * Returns the versions this call applied.
 */
export async function migrate(driver: SqlDriver, migrations: readonly Migration[]): Promise<number[]> {
  await driver.run(LEDGER)
  const done = await appliedVersions(driver)
  const applied: number[] = []
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (done.has(migration.version)) continue
    const statements: SqlStatement[] = splitStatements(migration.sql).map((sql) => ({ sql }))
    statements.push({
      sql: 'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
      params: [migration.version, migration.name, new Date().toISOString()],
    })
    try {
      await driver.batch(statements)
      applied.push(migration.version)
    } catch (error) {
      if (!(await appliedVersions(driver)).has(migration.version)) throw error
    }
  }
  return applied
}
