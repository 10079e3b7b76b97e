/**
 * The few SQL operations the report store needs, implemented once for better-sqlite3 (Node) and
 * once for Cloudflare D1 (workerd), so every query and migration is written a single time.
 */
export type SqlValue = string | number | null

export interface SqlStatement {
  sql: string
  params?: readonly SqlValue[]
}

export interface SqlDriver {
  /** Rows of a query (also of `INSERT … RETURNING`). */
  all<Row>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>
  /** Runs a write and returns how many rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>
  /** Runs the statements in one transaction: all of them, or none. */
  batch(statements: readonly SqlStatement[]): Promise<void>
}
