import type { Report, ReportKind, ReportStatus } from './schema'
import type { SqlDriver, SqlValue } from './sql-driver'
import type { NewReport, ReportFilter, ReportStore } from './store'

interface Row {
  id: string
  platform: string
  target: string
  kind: ReportKind
  client: string | null
  message: string | null
  content_hash: string
  status: ReportStatus
  created_at: string
  closed_at: string | null
}

const COLUMNS = 'id, platform, target, kind, client, message, content_hash, status, created_at, closed_at'

function toReport(row: Row): Report {
  return {
    id: row.id,
    platform: row.platform,
    target: row.target,
    kind: row.kind,
    ...(row.client === null ? {} : { client: row.client }),
    ...(row.message === null ? {} : { message: row.message }),
    contentHash: row.content_hash,
    status: row.status,
    createdAt: row.created_at,
    ...(row.closed_at === null ? {} : { closedAt: row.closed_at }),
  }
}

function where(filter: ReportFilter): { clause: string; params: SqlValue[] } {
  const parts: string[] = []
  const params: SqlValue[] = []
  for (const key of ['platform', 'kind', 'status'] as const) {
    const value = filter[key]
    if (value === undefined) continue
    parts.push(`${key} = ?`)
    params.push(value)
  }
  return { clause: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params }
}

/** The report store over any {@link SqlDriver}; `close` releases the underlying database. */
export function createSqlReportStore(driver: SqlDriver, close: () => Promise<void> = async () => {}): ReportStore {
  const get = async (id: string): Promise<Report | undefined> => {
    const [row] = await driver.all<Row>(`SELECT ${COLUMNS} FROM reports WHERE id = ?`, [id])
    return row && toReport(row)
  }
  return {
    async insert(report: NewReport): Promise<{ report: Report; created: boolean }> {
      const [row] = await driver.all<Row>(
        `INSERT INTO reports (id, platform, target, kind, client, message, content_hash, status, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?) ON CONFLICT (id) DO NOTHING RETURNING ${COLUMNS}`,
        [report.id, report.platform, report.target, report.kind, report.client ?? null,
          report.message ?? null, report.contentHash, report.createdAt],
      )
      if (row) return { report: toReport(row), created: true }
      const existing = await get(report.id)
      if (!existing) throw new Error(`report ${report.id} neither inserted nor found`)
      return { report: existing, created: false }
    },
    get,
    async list(filter: ReportFilter = {}): Promise<{ reports: Report[]; total: number }> {
      const { clause, params } = where(filter)
      const rows = await driver.all<Row>(
        `SELECT ${COLUMNS} FROM reports ${clause} ORDER BY created_at, id LIMIT ? OFFSET ?`,
        [...params, filter.limit ?? -1, filter.offset ?? 0],
      )
      const [count] = await driver.all<{ n: number }>(`SELECT count(*) AS n FROM reports ${clause}`, params)
      return { reports: rows.map(toReport), total: count?.n ?? 0 }
    },
    async setStatus(id: string, status: ReportStatus, at: Date): Promise<Report | undefined> {
      // Closing an already closed report keeps its first closing time, so retention is not reset.
      const [row] = await driver.all<Row>(
        `UPDATE reports SET status = ?,
           closed_at = CASE WHEN ? = 'open' THEN NULL ELSE coalesce(closed_at, ?) END
         WHERE id = ? RETURNING ${COLUMNS}`,
        [status, status, at.toISOString(), id],
      )
      return row && toReport(row)
    },
    async purgeClosedBefore(before: Date): Promise<number> {
      return driver.run(
        "DELETE FROM reports WHERE status IN ('resolved', 'dismissed') AND closed_at < ?",
        [before.toISOString()],
      )
    },
    close,
  }
}
