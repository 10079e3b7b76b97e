/**
 * Shared by the report tests: the app with reports mounted on the test catalog (guide
 * `coinbox`), fresh database files, and report bodies.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { createApp } from '../src/app'
import type { AppOptions } from '../src/app'
import type { ReportStore } from '@deregister/reports'
import { openSqliteStore } from '@deregister/reports/sqlite'
import { testCatalog } from '../src/testing/catalog'

/** The whole app (write guard, rate limit, problem documents) with the reports mounted. */
export async function reportsApp(
  reports: NonNullable<AppOptions['reports']>,
  app: Partial<AppOptions> = {},
): Promise<ReturnType<typeof createApp>> {
  return createApp({
    catalog: await testCatalog(),
    clientAddress: () => '192.0.2.1',
    reports,
    ...app,
  })
}

/** A temporary directory for database files, removed by the returned function. */
export function tempDir(): { dir: string; db: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'deregister-reports-'))
  return { dir, db: join(dir, 'reports.db'), remove: () => rmSync(dir, { recursive: true, force: true }) }
}

export interface TempStore {
  store: ReportStore
  /** The SQLite file and its directory. */
  db: string
  dir: string
}

/**
 * A SQLite report store in a fresh temporary directory, opened before all tests of the
 * calling file (`'all'`) or before each test (`'each'`), closed and deleted afterwards.
 */
export function useTempStore(scope: 'all' | 'each' = 'all'): TempStore {
  const holder = {} as TempStore & { remove: () => void }
  const [before, after] = scope === 'all' ? [beforeAll, afterAll] : [beforeEach, afterEach]
  before(async () => {
    const temp = tempDir()
    Object.assign(holder, temp, { store: await openSqliteStore(temp.db) })
  })
  after(async () => {
    await holder.store.close()
    holder.remove()
  })
  return holder
}

/** A fresh, valid report body for the test catalog's guide `coinbox`. */
export function reportBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: crypto.randomUUID(), target: 'open', kind: 'outdated', ...overrides }
}
