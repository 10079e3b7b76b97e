/**
 * @module
 * The report store on Node: an embedded SQLite file through better-sqlite3. Node only; the
 * workerd entry uses ./d1 instead.
 */
import { mkdirSync } from 'node:fs'
import { dirname, isAbsolute, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { migrate, appliedVersions } from './migrate'
import { migrations } from './migrations.generated'
import { createSqlReportStore } from './sql-store'
import type { SqlDriver, SqlValue } from './sql-driver'
import type { ReportStore } from './store'

export const DEFAULT_DB_PATH = '.data/deregister.db'

export interface SqliteStoreOptions {
  /** Open without writing (for `pnpm reports`): no migrations, fails if the file is missing. */
  readonly?: boolean
}

/**
 * Where the database file is: `DEREGISTER_DB`, else `.data/deregister.db`. A relative path is
 * taken from where the command was typed (pnpm's INIT_CWD), so `pnpm start` and `pnpm reports`
 * run from the repository root find the same file.
 */
export function resolveDbPath(env: Record<string, string | undefined> = process.env): string {
  const path = env.DEREGISTER_DB || DEFAULT_DB_PATH
  return isAbsolute(path) ? path : resolve(env.INIT_CWD || process.cwd(), path)
}

/** Wraps better-sqlite3 (synchronous) in the async {@link SqlDriver} shape. */
export function sqliteDriver(db: Database.Database): SqlDriver {
  return {
    all: async <Row>(sql: string, params: readonly SqlValue[] = []) => db.prepare(sql).all(...params) as Row[],
    run: async (sql, params = []) => db.prepare(sql).run(...params).changes,
    batch: async (statements) => {
      db.transaction(() => {
        for (const { sql, params = [] } of statements) db.prepare(sql).run(...params)
      }).immediate()
    },
  }
}

/**
 * Opens the SQLite file for the report store.
 *
 * Durability: WAL journal with `synchronous = FULL`, so every commit fsyncs the WAL before the
 * write returns — a report acknowledged with 201 survives a killed process and a power loss.
 * (NORMAL in WAL mode would survive a killed process but could lose the last commits on power
 * loss.) `busy_timeout` lets `pnpm reports` read while the server writes.
 */
export function openDatabase(path: string, options: SqliteStoreOptions = {}): Database.Database {
  const readonly = options.readonly ?? false
  if (!readonly) mkdirSync(dirname(path), { recursive: true })
  const db = new Database(path, { readonly, fileMustExist: readonly })
  db.pragma('busy_timeout = 5000')
  if (!readonly) {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
  }
  return db
}

/** Opens (creating if needed) the SQLite file and applies pending migrations. */
export async function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Promise<ReportStore> {
  const db = openDatabase(path, options)
  const driver = sqliteDriver(db)
  if (options.readonly) {
    const known = await appliedVersions(driver).catch(() => new Set<number>())
    const missing = migrations.filter((m) => !known.has(m.version))
    if (missing.length) {
      db.close()
      throw new Error(`${path} lacks migration ${missing[0]?.version}: start the server once to upgrade it`)
    }
  } else {
    await migrate(driver, migrations)
  }
  return createSqlReportStore(driver, async () => void db.close())
}
