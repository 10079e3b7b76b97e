/**
 * @module
 * The report store on workerd: Cloudflare D1, with the same migrations as SQLite, applied by
 * the first request an isolate serves (D1 has no start-up hook).
 */
import { migrate } from './migrate'
import { migrations } from './migrations.generated'
import { createSqlReportStore } from './sql-store'
import type { SqlDriver, SqlValue } from './sql-driver'
import type { ReportStore } from './store'

/** The part of Cloudflare's `D1Database` this store uses. */
export interface D1Like {
  prepare(sql: string): D1StatementLike
  batch(statements: D1StatementLike[]): Promise<unknown>
}
export interface D1StatementLike {
  bind(...values: unknown[]): D1StatementLike
  all<T = Record<string, unknown>>(): Promise<{ results: T[] }>
  run(): Promise<{ meta: { changes: number } }>
}

/** Adapts D1 to the shared {@link SqlDriver}; `batch` is D1's own implicit transaction. */
export function d1Driver(db: D1Like): SqlDriver {
  const statement = (sql: string, params: readonly SqlValue[] = []): D1StatementLike =>
    params.length ? db.prepare(sql).bind(...params) : db.prepare(sql)
  return {
    all: async <Row>(sql: string, params?: readonly SqlValue[]): Promise<Row[]> =>
      (await statement(sql, params).all<Row>()).results,
    run: async (sql, params) => (await statement(sql, params).run()).meta.changes,
    batch: async (statements) => {
      await db.batch(statements.map(({ sql, params }) => statement(sql, params)))
    },
  }
}

const ready = new WeakMap<D1Like, Promise<unknown>>()

/**
 * The store over a D1 binding. Migrations run once per isolate and binding, before the
 * first query; a failed attempt is retried by the next request.
 */
export function d1Store(db: D1Like): ReportStore {
  const driver = d1Driver(db)
  const migrated = (): Promise<unknown> => {
    let pending = ready.get(db)
    if (!pending) {
      pending = migrate(driver, migrations).catch((error: unknown) => {
        ready.delete(db)
        throw error
      })
      ready.set(db, pending)
    }
    return pending
  }
  const gated: SqlDriver = {
    all: async (sql, params) => (await migrated(), driver.all(sql, params)),
    run: async (sql, params) => (await migrated(), driver.run(sql, params)),
    batch: async (statements) => (await migrated(), driver.batch(statements)),
  }
  return createSqlReportStore(gated)
}
