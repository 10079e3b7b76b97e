import type { Report, ReportKind, ReportStatus } from './schema'

/** A report as the route stores it: the reader's fields plus what the server adds. */
export type NewReport = Omit<Report, 'status' | 'closedAt'>

export interface ReportFilter {
  platform?: string
  kind?: ReportKind
  status?: ReportStatus
  limit?: number
  offset?: number
}

/**
 * Where reports live: SQLite on Node, D1 on workerd. Every method resolves only once the
 * change is committed, so a response sent after it never acknowledges a lost write.
 */
export interface ReportStore {
  /** Inserts unless the id exists; `created` says which, `report` is what is stored now. */
  insert(report: NewReport): Promise<{ report: Report; created: boolean }>
  get(id: string): Promise<Report | undefined>
  list(filter?: ReportFilter): Promise<{ reports: Report[]; total: number }>
  /** Sets the status (closing stamps `closedAt`, reopening clears it); undefined if absent. */
  setStatus(id: string, status: ReportStatus, at: Date): Promise<Report | undefined>
  /** Deletes resolved and dismissed reports closed before `before`; returns how many. */
  purgeClosedBefore(before: Date): Promise<number>
  close(): Promise<void>
}
